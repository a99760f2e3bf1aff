#!/bin/sh
# Writes data/stopwords/<lang>.txt for every language of Debian's
# liblingua-stopwords-perl (the Snowball project's stop word lists, plus
# Indonesian and Romanian), and the elided articles and prepositions of
# French and Italian as the tokenizer splits them ("l'", "dell'").
# English is kept by hand (data/stopwords/en.txt, with its clitics).
#   apt-get install liblingua-stopwords-perl && tools/make-stopwords.sh
set -eu
cd "$(dirname "$0")/.."
version=$(dpkg-query -W -f '${Version}' liblingua-stopwords-perl)
for lang in da de es fi fr hu id it nl no pt ro ru sv; do
  out=data/stopwords/$lang.txt
  {
    echo "# $lang stop words, one per line, lower case; '#' starts a comment."
    echo "# Source: Debian's liblingua-stopwords-perl $version (Lingua::StopWords,"
    echo "# Artistic or GPL-1+), whose lists were made by the Snowball project."
    echo "# Written by tools/make-stopwords.sh: do not edit."
    perl -CO -MLingua::StopWords=getStopWords -e \
      'print map { "$_\n" } sort keys %{ getStopWords($ARGV[0], "UTF-8") }' "$lang"
    case $lang in
      fr) printf "%s'\n" c d j l m n qu s t jusqu lorsqu puisqu quoiqu ;;
      it) printf "%s'\n" l un c d dell all dall nell sull coll quest quell tutt ;;
    esac
  } > "$out"
done
