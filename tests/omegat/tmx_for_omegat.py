#!/usr/bin/env python3
"""A translator's memory for the OmegaT test (tests/translate.rs): a TMX
whose translation of each sentence of an XLIFF 1.2 file is the sentence
prefixed with "FR ", in OmegaT 3.6's notation of inline tags, so that
OmegaT in console mode translates every unit from it.

  tmx_for_omegat.py IN.xlf OUT.tmx

OmegaT 3.6 shows a <ph> as "<" + letter + index + "/>": the first
character of the ph's text, lower-cased, if it is a letter, else "f"; the
index counts the tags of the segment from 0. The project must keep leading
and trailing tags in the segment (filters.xml removeTags="false") and
segment by unit (sentence_seg false): Rogatory's units are sentences.
Stdlib only.
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

NS = "{urn:oasis:names:tc:xliff:document:1.2}"


def omegat_text(src):
    out = [src.text or ""]
    for n, ch in enumerate(src):
        if ch.tag.replace(NS, "") != "ph":
            raise SystemExit("unexpected inline element <%s>" % ch.tag)
        c = "".join(ch.itertext())[:1]
        out.append("<%s%d/>" % (c.lower() if c.isalpha() else "f", n))
        out.append(ch.tail or "")
    return "".join(out)


def main(inp, outp, prefix="FR "):
    seen, segs = set(), []
    for tu in ET.parse(inp).getroot().iter(NS + "trans-unit"):
        s = omegat_text(tu.find(NS + "source"))
        if s not in seen:
            seen.add(s)
            segs.append(s)
    with open(outp, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                '  <header creationtool="rogatory-test" creationtoolversion="1" segtype="paragraph"'
                ' o-tmf="OmegaT TMX" adminlang="EN-US" srclang="en" datatype="plaintext"/>\n  <body>\n')
        for s in segs:
            f.write('    <tu>\n      <tuv xml:lang="en"><seg>%s</seg></tuv>\n'
                    '      <tuv xml:lang="fr"><seg>%s</seg></tuv>\n    </tu>\n'
                    % (escape(s), escape(prefix + s)))
        f.write("  </body>\n</tmx>\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
