#!/usr/bin/env python3
"""Independent oracle for the SVD reader tests (SvdSharedFilesTest).

Counts the peripherals, registers and fields of CMSIS-SVD files after expanding derivedFrom and dim,
using only the Python standard library (xml.etree). It shares no code and no structure with the Java
reader: derivation is done on the XML itself (a derived element becomes a copy of its base with the
derived element's own children put in place), and counting walks the copied trees.

Semantics (the CMSIS-SVD rules, and the reader's documented choices where the spec is vague):
  * peripheral/cluster/register/field derivedFrom: everything the derived element does not write
    itself comes from its base; registers, clusters and fields are merged by name (an element of the
    derived one replaces the base's element of the same name, the base's others are kept);
  * a derived element keeps its base's dim only if its own name contains %s;
  * register/cluster derivedFrom names a sibling, an element of an enclosing scope, or a dotted path
    (cluster.register relative to a scope, or peripheral.cluster.register);
  * dim repeats a peripheral, cluster, register or field dim times.

Run (the numbers go into SvdSharedFilesTest):
    python3 plugins/org.mmioworkbench.core.tests/svd-counts.py examples/svd/*.svd
Output: one line per file, "FILE peripherals registers fields".
"""

import sys
import xml.etree.ElementTree as ET

ITEM_TAGS = ("register", "cluster")


def child_text(elem, tag):
    child = elem.find(tag)
    if child is None or child.text is None:
        return None
    return child.text.strip()


def number(text):
    """A scaledNonNegativeInteger: decimal, 0x hex, # or 0b binary, k/M/G/T suffix (powers of 1024)."""
    s = text.strip().lstrip("+")
    factor = 1
    suffixes = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
    if s and s[-1].lower() in suffixes:
        factor = suffixes[s[-1].lower()]
        s = s[:-1]
    if s.lower().startswith("0x"):
        value = int(s[2:], 16)
    elif s.startswith("#"):
        value = int(s[1:], 2)
    elif s.lower().startswith("0b"):
        value = int(s[2:], 2)
    else:
        value = int(s, 10)
    return value * factor


def name_of(elem):
    return child_text(elem, "name") or ""


def strip_placeholder(name):
    return name.replace("[%s]", "").replace("%s", "")


def dim_count(elem):
    text = child_text(elem, "dim")
    return 1 if text is None else number(text)


def items_of(elem):
    """The register/cluster children of a peripheral (inside <registers>) or of a cluster."""
    if elem.tag == "peripheral":
        holder = elem.find("registers")
        return [] if holder is None else [c for c in holder if c.tag in ITEM_TAGS]
    return [c for c in elem if c.tag in ITEM_TAGS]


def fields_of(register):
    holder = register.find("fields")
    return [] if holder is None else [c for c in holder if c.tag == "field"]


def merge_by_name(base_list, own_list):
    own_names = {name_of(e) for e in own_list}
    return [e for e in base_list if name_of(e) not in own_names] + list(own_list)


def derive(elem, base):
    """A copy of base with elem's own children in place (merging registers/clusters/fields by name)."""
    result = ET.Element(elem.tag)
    own_tags = {c.tag for c in elem}
    keep_base_dim = "%s" in name_of(elem) and "dim" not in own_tags
    for c in base:
        if c.tag in ("registers", "fields") or c.tag in ITEM_TAGS:
            continue
        if c.tag in ("dim", "dimIncrement", "dimIndex") and not keep_base_dim:
            continue
        if c.tag in own_tags or c.tag == "interrupt":
            continue
        result.append(c)
    for c in elem:
        if c.tag in ("registers", "fields") or c.tag in ITEM_TAGS:
            continue
        result.append(c)
    if elem.tag == "peripheral":
        holder = ET.SubElement(result, "registers")
        holder.extend(merge_by_name(items_of(base), items_of(elem)))
    elif elem.tag == "cluster":
        result.extend(merge_by_name(items_of(base), items_of(elem)))
    elif elem.tag == "register":
        holder = ET.SubElement(result, "fields")
        holder.extend(merge_by_name(fields_of(base), fields_of(elem)))
    return result


class Device:
    def __init__(self, root):
        self.peripherals = root.findall("./peripherals/peripheral")
        self.parent = {}
        for p in self.peripherals:
            for e in p.iter():
                for c in e:
                    self.parent[c] = e
        self.by_name = {}
        for p in self.peripherals:
            self.by_name.setdefault(name_of(p), p)
            self.by_name.setdefault(strip_placeholder(name_of(p)), p)
        self.done = {}

    def find_in(self, elems, name):
        for e in elems:
            if name_of(e) == name:
                return e
        for e in elems:
            if strip_placeholder(name_of(e)) == name:
                return e
        return None

    def scope_of(self, elem):
        """The peripheral or cluster an item is written in."""
        e = self.parent[elem]
        return self.parent[e] if e.tag == "registers" else e

    def walk(self, scope, path):
        current = scope
        for i, segment in enumerate(path):
            found = self.find_in(items_of(self.resolve(current)), segment)
            if found is None:
                return None
            if i == len(path) - 1:
                return found
            if found.tag != "cluster":
                return None
            current = found
        return None

    def lookup_item(self, elem, reference):
        path = [s.strip() for s in reference.split(".")]
        scope = self.scope_of(elem)
        while True:
            found = self.walk(scope, path)
            if found is not None and found.tag == elem.tag:
                return found
            if scope.tag == "peripheral":
                break
            scope = self.scope_of(scope)
        if len(path) > 1 and path[0] in self.by_name:
            found = self.walk(self.by_name[path[0]], path[1:])
            if found is not None and found.tag == elem.tag:
                return found
        raise ValueError("%s %s: derivedFrom %s not found" % (elem.tag, name_of(elem), reference))

    def lookup(self, elem, reference):
        if elem.tag == "peripheral":
            return self.by_name[reference]
        if elem.tag == "field":
            register = self.parent[self.parent[elem]]
            if "." in reference:
                register_path, field_name = reference.rsplit(".", 1)
                register = self.lookup_item(register, register_path)
            else:
                field_name = reference
            found = self.find_in(fields_of(self.resolve(register)), field_name.strip())
            if found is None:
                raise ValueError("field %s: derivedFrom %s not found" % (name_of(elem), reference))
            return found
        return self.lookup_item(elem, reference)

    def resolve(self, elem):
        if elem in self.done:
            if self.done[elem] is None:
                raise ValueError("derivedFrom cycle at %s %s" % (elem.tag, name_of(elem)))
            return self.done[elem]
        reference = elem.get("derivedFrom")
        if reference is None:
            self.done[elem] = elem
            return elem
        self.done[elem] = None
        base = self.resolve(self.lookup(elem, reference.strip()))
        self.done[elem] = derive(elem, base)
        return self.done[elem]

    def count_fields(self, register):
        return sum(dim_count(self.resolve(f)) for f in fields_of(register))

    def count_items(self, scope):
        registers = fields = 0
        for item in items_of(self.resolve(scope)):
            resolved = self.resolve(item)
            copies = dim_count(resolved)
            if resolved.tag == "cluster":
                inner_registers, inner_fields = self.count_items(item)
            else:
                inner_registers, inner_fields = 1, self.count_fields(resolved)
            registers += copies * inner_registers
            fields += copies * inner_fields
        return registers, fields

    def counts(self):
        peripherals = registers = fields = 0
        for p in self.peripherals:
            copies = dim_count(self.resolve(p))
            inner_registers, inner_fields = self.count_items(p)
            peripherals += copies
            registers += copies * inner_registers
            fields += copies * inner_fields
        return peripherals, registers, fields


def main(paths):
    for path in paths:
        device = Device(ET.parse(path).getroot())
        peripherals, registers, fields = device.counts()
        print("%s %d %d %d" % (path.rsplit("/", 1)[-1], peripherals, registers, fields))


if __name__ == "__main__":
    main(sys.argv[1:])
