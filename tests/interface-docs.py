#!/usr/bin/python3
"""interface-docs XML — every method, signal, property and argument of a D-Bus
interface XML has documentation in what `gdbus-codegen --generate-docbook`
makes of it (non-empty paragraphs), and the interface itself a description.

TAP output; exits 1 if any is missing.  Runs on the source XML in the test
suite and on the installed one in tests/install-check.
"""
import os, re, subprocess, sys, tempfile, xml.etree.ElementTree as ET


def text(el):
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""


def main():
    source = sys.argv[1]
    iface = ET.parse(source).getroot().find("interface")
    name = iface.get("name")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["gdbus-codegen", "--generate-docbook", os.path.join(tmp, "doc"), source], check=True)
        doc = open(os.path.join(tmp, f"doc-{name}.xml"), encoding="utf-8").read()
    # The docbook has no namespace; refsect2 ids name each member.
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", doc))
    sections = {s.get("id"): s for s in root.iter("refsect2")}
    desc = next((s for s in root.iter("refsect1") if s.get("role") == "desc"), None)
    checks = [(f"{name}: a description", len(text(desc)) > 100)]
    slug = name.replace(".", "-")
    for kind, tag in (("method", "method"), ("signal", "signal"), ("property", "property")):
        for member in iface.findall(tag):
            sect = sections.get(f"gdbus-{kind}-{slug}.{member.get('name')}")
            paras = [text(p) for p in sect.findall("para")] if sect is not None else []
            checks.append((f"{kind} {member.get('name')}: documented", any(paras)))
            if sect is None:
                continue
            documented = {}
            for entry in sect.iter("varlistentry"):
                param = entry.find(".//parameter")
                documented[text(param)] = text(entry.find("listitem"))
            for arg in member.findall("arg"):
                checks.append((f"{kind} {member.get('name')}: argument {arg.get('name')} documented",
                               bool(documented.get(arg.get("name")))))
    failed = 0
    print(f"1..{len(checks)}")
    for i, (what, ok) in enumerate(checks, 1):
        print(f"{'ok' if ok else 'not ok'} {i} {what}")
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
