import sys; from gi.repository import Precis
connection = Precis.Connection.new_local(None, None)  # or Precis.Connection.new_bus(None, None)
print("\n".join(s.get_text() for s in connection.summarize(open(sys.argv[1]).read(), None, None).get_summary()))
