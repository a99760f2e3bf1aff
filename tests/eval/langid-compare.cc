// SPDX-License-Identifier: LGPL-2.1-or-later
// Which language identifier precis uses: libexttextcat against CLD2, by
// accuracy and speed on the paragraphs of tests/eval/langid-paragraphs.py.
// Built only when both libraries are installed (it decided a choice once;
// precis itself links only the chosen one).
//
//   tests/eval/langid-paragraphs.py --data DIR > p.tsv
//   build/tests/eval/langid-compare p.tsv
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <cld2/public/compact_lang_det.h>
#include <libexttextcat/textcat.h>

namespace {

struct Sample {
  std::string language, text;
};

// "[de][nl]": candidates, best first; the best one counts, so that
// libexttextcat is not blamed for its honesty about close calls.
std::string textcat_code(const char *result) {
  if (result == nullptr || result[0] != '[') return "und";
  const char *end = std::strchr(result, ']');
  if (end == nullptr) return "und";
  std::string code(result + 1, end);
  return code.substr(0, code.find('-'));
}

std::string cld2_code(const std::string &text) {
  bool reliable = false;
  CLD2::Language language = CLD2::DetectLanguage(text.data(), (int)text.size(), true, &reliable);
  if (language == CLD2::UNKNOWN_LANGUAGE) return "und";
  std::string code = CLD2::LanguageCode(language);
  return code.substr(0, code.find('-'));
}

}  // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PARAGRAPHS.tsv [TEXTCAT_DIR]\n", argv[0]);
    return 2;
  }
  std::string dir = argc > 2 ? argv[2] : "/usr/share/libexttextcat/";
  std::vector<Sample> samples;
  std::ifstream in(argv[1]);
  for (std::string line; std::getline(in, line);) {
    size_t tab = line.find('\t');
    if (tab != std::string::npos) samples.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  void *textcat = special_textcat_Init((dir + "fpdb.conf").c_str(), dir.c_str());
  if (textcat == nullptr) {
    std::fprintf(stderr, "no textcat fingerprints in %s\n", dir.c_str());
    return 1;
  }

  const char *names[2] = {"libexttextcat", "cld2"};
  for (int which = 0; which < 2; which++) {
    std::map<std::string, std::pair<int, int>> per;  // language → right, all
    std::map<std::string, int> confusions;
    auto start = std::chrono::steady_clock::now();
    for (const Sample &s : samples) {
      std::string got = which == 0 ? textcat_code(textcat_Classify(textcat, s.text.data(), s.text.size()))
                                   : cld2_code(s.text);
      per[s.language].second++;
      if (got == s.language)
        per[s.language].first++;
      else
        confusions[s.language + "->" + got]++;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    int right = 0, all = 0;
    std::printf("%s:", names[which]);
    for (auto &[language, counts] : per) {
      std::printf(" %s %.1f%%", language.c_str(), 100.0 * counts.first / counts.second);
      right += counts.first;
      all += counts.second;
    }
    std::printf("; all %.2f%% of %d; %.1f µs a paragraph\n  errors:", 100.0 * right / all, all,
                1e6 * seconds / all);
    for (auto &[pair, n] : confusions)
      if (n > 1) std::printf(" %s %d", pair.c_str(), n);
    std::printf("\n");
  }
  textcat_Done(textcat);
  return 0;
}
