#!/usr/bin/env python3
"""Parse every Terraform directory under a root into one JSON document.

Usage: hcl2json.py ROOT            (prints JSON on stdout)

Output: {"dirs": {"<dir relative to ROOT>": {
            "files": [...], "variable": {name: body}, "output": {name: body},
            "module": {name: body}, "resource": {type: {name: body}},
            "data": {type: {name: body}}, "locals": {name: expr},
            "terraform": [body], "provider": {name: [body]}}}}

Bodies are normalised: attributes are plain values (string literals unquoted,
expressions kept as "${...}" strings), nested blocks are lists of bodies.
Needs python-hcl2 >= 5 (pinned 8.1.4 in .tools/venv).
"""

import json
import os
import sys

META_KEYS = {"__is_block__", "__comments__", "__inline_comments__", "__start_line__", "__end_line__"}


def fail(message):
    print(f"hcl2json: {message}", file=sys.stderr)
    sys.exit(1)


try:
    import hcl2
except ImportError:
    fail("the python module 'hcl2' is missing: run scripts/bootstrap.sh --only python (python-hcl2 into .tools/venv)")


# ---- python-hcl2 >= 5: literals keep their quotes, blocks carry __is_block__ ----

def unquote(value):
    if isinstance(value, str) and len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:
            return value[1:-1]
    return value


def is_block(value):
    if not isinstance(value, dict):
        return False
    if value.get("__is_block__"):
        return True
    # A labelled block: {"\"label\"": {..., "__is_block__": true}}
    inner = [v for k, v in value.items() if k not in META_KEYS]
    return len(inner) == 1 and is_block(inner[0])


def norm_value(value):
    if isinstance(value, dict):
        return {unquote(k): norm_value(v) for k, v in value.items() if k not in META_KEYS}
    if isinstance(value, list):
        return [norm_value(v) for v in value]
    return unquote(value)


def norm_body(body):
    out = {}
    for key, value in body.items():
        if key in META_KEYS:
            continue
        if isinstance(value, list) and value and all(is_block(v) for v in value):
            out[unquote(key)] = [norm_labelled(v) for v in value]
        else:
            out[unquote(key)] = strip_type(key, norm_value(value))
    return out


def norm_labelled(block):
    if block.get("__is_block__"):
        return norm_body(block)
    return {unquote(k): norm_labelled(v) for k, v in block.items() if k not in META_KEYS}


def strip_type(key, value):
    # Type constraints are expressions; the parser writes complex ones as "${list(string)}".
    if key == "type" and isinstance(value, str) and value.startswith("${") and value.endswith("}"):
        return value[2:-1]
    return value


def normalise(parsed, path):
    # python-hcl2 >= 5 marks blocks; older dialects (e.g. bc-python-hcl2, which checkov
    # pins) wrap every attribute in a list and would be misread silently.
    if parsed and '"__is_block__"' not in json.dumps(parsed):
        fail(f"{path}: the 'hcl2' module is not python-hcl2 >= 5 (pinned 8.1.4 in .tools/venv)")
    return {key: [norm_labelled(v) for v in value] for key, value in parsed.items() if key not in META_KEYS}


def merge(files):
    merged = {"files": [], "variable": {}, "output": {}, "module": {}, "resource": {}, "data": {},
              "locals": {}, "terraform": [], "provider": {}}
    for name, doc in files:
        merged["files"].append(name)
        for kind, entries in doc.items():
            for entry in entries:
                if kind in ("variable", "output", "module"):
                    merged[kind].update(entry)
                elif kind in ("resource", "data"):
                    for rtype, named in entry.items():
                        merged[kind].setdefault(rtype, {}).update(named)
                elif kind == "locals":
                    merged["locals"].update(entry)
                elif kind == "terraform":
                    merged["terraform"].append(entry)
                elif kind == "provider":
                    for pname, body in entry.items():
                        merged["provider"].setdefault(pname, []).append(body)
                else:
                    merged.setdefault(kind, []).append(entry)
    return merged


def main(argv):
    if len(argv) != 2:
        fail("usage: hcl2json.py ROOT")
    root = argv[1]
    if not os.path.isdir(root):
        fail(f"ROOT '{root}' is not a directory")
    dirs = {}
    for current, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        tf_files = sorted(n for n in names if n.endswith(".tf"))
        if not tf_files:
            continue
        parsed = []
        for name in tf_files:
            path = os.path.join(current, name)
            try:
                with open(path, encoding="utf-8") as handle:
                    parsed.append((name, normalise(hcl2.load(handle), os.path.relpath(path, root))))
            except Exception as error:  # noqa: BLE001 - any parser failure is a bad input file
                first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                fail(f"cannot parse {os.path.relpath(path, root)}: {first_line}")
        dirs[os.path.relpath(current, root)] = merge(parsed)
    json.dump({"dirs": dirs}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
