// summarize.vala — libprecis from Vala, in-process.
//   valac --pkg precis-1 summarize.vala && ./summarize ARTICLE
int main (string[] args) {
    try {
        string text;
        FileUtils.get_contents (args[1], out text);
        var connection = new Precis.Connection.local (null, null);
        var result = connection.summarize (text, null, null);
        foreach (unowned Precis.SummarySentence s in result.get_summary ())
            print ("%s\n", s.get_text ());
        return 0;
    } catch (Error e) {
        printerr ("summarize: %s\n", e.message);
        return 1;
    }
}
