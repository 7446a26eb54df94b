#!/usr/bin/env python3
"""Parse every Terraform directory under a root into one JSON document.

Usage: hcl2json.py ROOT            (prints JSON on stdout)

Output: {"dirs": {"<dir relative to ROOT>": {
            "files": [...], "variable": {name: body}, "output": {name: body},
            "module": {name: body}, "resource": {type: {name: body}},
            "data": {type: {name: body}}, "locals": {name: expr},
            "terraform": [body], "provider": {name: [body]}}}}

Bodies are normalised so the checks do not depend on the parser's dialect:
attributes are plain values (string literals unquoted, expressions kept as
"${...}" strings), nested blocks are lists of bodies. python-hcl2 8.x (the
pinned one) and the older list-wrapped dialect (bc-python-hcl2, shipped with
checkov) are both accepted.
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


def is_block_v8(value):
    if not isinstance(value, dict):
        return False
    if value.get("__is_block__"):
        return True
    # A labelled block: {"\"label\"": {..., "__is_block__": true}}
    inner = [v for k, v in value.items() if k not in META_KEYS]
    return len(inner) == 1 and is_block_v8(inner[0])


def norm_v8(value):
    if isinstance(value, dict):
        return {unquote(k): norm_v8(v) for k, v in value.items() if k not in META_KEYS}
    if isinstance(value, list):
        return [norm_v8(v) for v in value]
    return unquote(value)


def body_v8(body):
    out = {}
    for key, value in body.items():
        if key in META_KEYS:
            continue
        if isinstance(value, list) and value and all(is_block_v8(v) for v in value):
            out[unquote(key)] = [norm_labelled_v8(v) for v in value]
        else:
            out[unquote(key)] = strip_type(key, norm_v8(value))
    return out


def norm_labelled_v8(block):
    if block.get("__is_block__"):
        return body_v8(block)
    return {unquote(k): norm_labelled_v8(v) for k, v in block.items() if k not in META_KEYS}


# ---- legacy dialect: every attribute wrapped in a one-element list ----

def looks_like_body_legacy(value):
    if not isinstance(value, dict):
        return False
    items = [v for k, v in value.items() if k not in META_KEYS]
    # Attribute values are always lists here; an object-valued attribute is not.
    return all(isinstance(v, list) or looks_like_labelled_legacy(v) for v in items)


def looks_like_labelled_legacy(value):
    return isinstance(value, dict) and bool(value) and all(
        isinstance(v, dict) and looks_like_body_legacy(v) for k, v in value.items() if k not in META_KEYS
    )


def strip_type(key, value):
    # Type constraints are expressions; parsers write them as "${list(string)}" or bare.
    if key == "type" and isinstance(value, str) and value.startswith("${") and value.endswith("}"):
        return value[2:-1]
    return value


def body_legacy(body):
    out = {}
    for key, value in body.items():
        if key in META_KEYS:
            continue
        if isinstance(value, dict):
            out[key] = body_legacy(value)  # a label level
        elif isinstance(value, list) and value and all(looks_like_labelled_legacy(v) for v in value):
            out[key] = [body_legacy(v) for v in value]
        elif isinstance(value, list) and value and all(looks_like_body_legacy(v) for v in value) and not (
            len(value) == 1 and not any(isinstance(v, list) for v in value[0].values())
        ):
            out[key] = [body_legacy(v) for v in value]
        elif isinstance(value, list) and len(value) == 1:
            out[key] = strip_type(key, value[0])
        else:
            out[key] = value
    return out


def uses_v8_dialect(parsed):
    text = json.dumps(parsed)
    return '"__is_block__"' in text or not parsed


def normalise(parsed):
    if uses_v8_dialect(parsed):
        return {key: [norm_labelled_v8(v) for v in value] for key, value in parsed.items() if key not in META_KEYS}
    return {key: [body_legacy(v) for v in value] for key, value in parsed.items() if key not in META_KEYS}


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
                    parsed.append((name, normalise(hcl2.load(handle))))
            except Exception as error:  # noqa: BLE001 - any parser failure is a bad input file
                first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                fail(f"cannot parse {os.path.relpath(path, root)}: {first_line}")
        dirs[os.path.relpath(current, root)] = merge(parsed)
    json.dump({"dirs": dirs}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
