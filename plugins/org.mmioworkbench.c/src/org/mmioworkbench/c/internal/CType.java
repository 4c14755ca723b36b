package org.mmioworkbench.c.internal;

import java.util.ArrayList;
import java.util.List;

/** A C type on LP64 (gcc on x86-64/aarch64): sizes, alignment, signedness, and qualifiers. */
public final class CType {
    public enum K { VOID, BOOL, CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG, ULLONG,
        PTR, ARRAY, STRUCT, UNION, FUNC }

    public final K k;
    /** PTR: pointee; ARRAY: element; FUNC: return type. */
    public final CType base;
    /** ARRAY: element count, -1 when incomplete. */
    public final long len;
    /** STRUCT, UNION: the shared, possibly still incomplete, record. */
    public final Record rec;
    /** FUNC: parameter types (adjusted), null for a function without prototype. */
    public final List<CType> params;
    public final boolean variadic;
    public final boolean isConst;
    public final boolean isVolatile;
    /** For an enum type (which is int): its tag, for display. */
    public final String enumTag;

    /** A struct or union: members, layout; complete once {@link #complete} is set. */
    public static final class Record {
        public final String tag;
        public final boolean union;
        public final List<Member> members = new ArrayList<>();
        public long size;
        public int align = 1;
        public boolean complete;

        public Record(String tag, boolean union) {
            this.tag = tag;
            this.union = union;
        }

        public Member find(String name) {
            for (Member m : members) {
                if (name.equals(m.name)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** A member: byte offset; bit-fields have a width and the bit position within their storage unit. */
    public static final class Member {
        public final String name;
        public final CType type;
        public final long offset;
        public final int bitWidth;
        public final int bitPos;
        public final Pos pos;

        public Member(String name, CType type, long offset, int bitWidth, int bitPos, Pos pos) {
            this.name = name;
            this.type = type;
            this.offset = offset;
            this.bitWidth = bitWidth;
            this.bitPos = bitPos;
            this.pos = pos;
        }

        public boolean isBitField() {
            return bitWidth >= 0;
        }

        /**
         * A bit-field's value in canonical form (sign- or zero-extended as its type says) from the bits of its
         * storage unit, however the unit was loaded (bits above the unit are ignored).
         *
         * @param unit the storage unit at the member's offset
         * @return the field's value
         */
        public long extract(long unit) {
            long v = unit << (64 - bitPos - bitWidth);
            return type.isUnsigned() ? v >>> (64 - bitWidth) : v >> (64 - bitWidth);
        }
    }

    private CType(K k, CType base, long len, Record rec, List<CType> params, boolean variadic, boolean c,
            boolean v, String enumTag) {
        this.k = k;
        this.base = base;
        this.len = len;
        this.rec = rec;
        this.params = params;
        this.variadic = variadic;
        this.isConst = c;
        this.isVolatile = v;
        this.enumTag = enumTag;
    }

    private static CType prim(K k) {
        return new CType(k, null, 0, null, null, false, false, false, null);
    }

    public static final CType VOID = prim(K.VOID);
    public static final CType BOOL = prim(K.BOOL);
    public static final CType CHAR = prim(K.CHAR);
    public static final CType SCHAR = prim(K.SCHAR);
    public static final CType UCHAR = prim(K.UCHAR);
    public static final CType SHORT = prim(K.SHORT);
    public static final CType USHORT = prim(K.USHORT);
    public static final CType INT = prim(K.INT);
    public static final CType UINT = prim(K.UINT);
    public static final CType LONG = prim(K.LONG);
    public static final CType ULONG = prim(K.ULONG);
    public static final CType LLONG = prim(K.LLONG);
    public static final CType ULLONG = prim(K.ULLONG);

    public static CType ptr(CType to) {
        return new CType(K.PTR, to, 0, null, null, false, false, false, null);
    }

    public static CType array(CType of, long len) {
        return new CType(K.ARRAY, of, len, null, null, false, false, false, null);
    }

    public static CType record(Record r) {
        return new CType(r.union ? K.UNION : K.STRUCT, null, 0, r, null, false, false, false, null);
    }

    public static CType func(CType ret, List<CType> params, boolean variadic) {
        return new CType(K.FUNC, ret, 0, null, params, variadic, false, false, null);
    }

    public static CType enumType(String tag) {
        return new CType(K.INT, null, 0, null, null, false, false, false, tag == null ? "<anonymous>" : tag);
    }

    public CType qualified(boolean c, boolean v) {
        if (c == isConst && v == isVolatile) {
            return this;
        }
        return new CType(k, base, len, rec, params, variadic, c, v, enumTag);
    }

    public CType unqualified() {
        return qualified(false, false);
    }

    public boolean isInteger() {
        return k.ordinal() >= K.BOOL.ordinal() && k.ordinal() <= K.ULLONG.ordinal();
    }

    public boolean isPtr() {
        return k == K.PTR;
    }

    public boolean isScalar() {
        return isInteger() || k == K.PTR;
    }

    public boolean isRecord() {
        return k == K.STRUCT || k == K.UNION;
    }

    public boolean isArray() {
        return k == K.ARRAY;
    }

    public boolean isFunc() {
        return k == K.FUNC;
    }

    public boolean isVoid() {
        return k == K.VOID;
    }

    public boolean isUnsigned() {
        return switch (k) {
            case BOOL, UCHAR, USHORT, UINT, ULONG, ULLONG, PTR -> true;
            default -> false;
        };
    }

    public boolean isComplete() {
        return switch (k) {
            case VOID, FUNC -> false;
            case ARRAY -> len >= 0 && base.isComplete();
            case STRUCT, UNION -> rec.complete;
            default -> true;
        };
    }

    public long size() {
        return switch (k) {
            case VOID -> 1; // gcc: sizeof(void) and void pointer arithmetic use 1
            case BOOL, CHAR, SCHAR, UCHAR -> 1;
            case SHORT, USHORT -> 2;
            case INT, UINT -> 4;
            case LONG, ULONG, LLONG, ULLONG, PTR -> 8;
            case ARRAY -> len < 0 ? 0 : len * base.size();
            case STRUCT, UNION -> rec.size;
            case FUNC -> 1;
        };
    }

    public int align() {
        return switch (k) {
            case ARRAY -> base.align();
            case STRUCT, UNION -> rec.align;
            case VOID, FUNC -> 1;
            default -> (int) size();
        };
    }

    /** The integer conversion rank, for promotions and the usual arithmetic conversions. */
    public int rank() {
        return switch (k) {
            case BOOL -> 0;
            case CHAR, SCHAR, UCHAR -> 1;
            case SHORT, USHORT -> 2;
            case INT, UINT -> 3;
            case LONG, ULONG -> 4;
            case LLONG, ULLONG -> 5;
            default -> 4;
        };
    }

    /** Bit width of the value representation (1 for _Bool). */
    public int bits() {
        return k == K.BOOL ? 1 : (int) size() * 8;
    }

    public boolean sameAs(CType o) {
        if (this == o) {
            return true;
        }
        if (k != o.k) {
            return false;
        }
        return switch (k) {
            case PTR -> base.sameAs(o.base);
            case ARRAY -> (len == o.len || len < 0 || o.len < 0) && base.sameAs(o.base);
            case STRUCT, UNION -> rec == o.rec;
            case FUNC -> {
                if (!base.sameAs(o.base)) {
                    yield false;
                }
                if (params == null || o.params == null) {
                    yield true;
                }
                if (params.size() != o.params.size() || variadic != o.variadic) {
                    yield false;
                }
                for (int i = 0; i < params.size(); i++) {
                    if (!params.get(i).unqualified().sameAs(o.params.get(i).unqualified())) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> true;
        };
    }

    @Override
    public String toString() {
        return render("");
    }

    /** C spelling of the type around a declarator text, e.g. {@code int *[3]}. */
    public String render(String inner) {
        String q = (isConst ? "const " : "") + (isVolatile ? "volatile " : "");
        switch (k) {
            case PTR: {
                String pq = (isConst ? " const" : "") + (isVolatile ? " volatile" : "");
                String in = "*" + pq.trim() + (pq.isEmpty() || inner.isEmpty() ? "" : " ") + inner;
                if (base.k == K.ARRAY || base.k == K.FUNC) {
                    in = "(" + in + ")";
                }
                return base.render(in);
            }
            case ARRAY:
                return base.render(inner + "[" + (len < 0 ? "" : Long.toString(len)) + "]");
            case FUNC: {
                StringBuilder sb = new StringBuilder(inner).append('(');
                if (params == null) {
                    sb.append("");
                } else if (params.isEmpty() && !variadic) {
                    sb.append("void");
                } else {
                    for (int i = 0; i < params.size(); i++) {
                        sb.append(i > 0 ? ", " : "").append(params.get(i));
                    }
                    if (variadic) {
                        sb.append(", ...");
                    }
                }
                return base.render(sb.append(')').toString());
            }
            default: {
                String name = switch (k) {
                    case VOID -> "void";
                    case BOOL -> "_Bool";
                    case CHAR -> "char";
                    case SCHAR -> "signed char";
                    case UCHAR -> "unsigned char";
                    case SHORT -> "short";
                    case USHORT -> "unsigned short";
                    case INT -> enumTag != null ? "enum " + enumTag : "int";
                    case UINT -> "unsigned int";
                    case LONG -> "long";
                    case ULONG -> "unsigned long";
                    case LLONG -> "long long";
                    case ULLONG -> "unsigned long long";
                    case STRUCT -> "struct " + (rec.tag == null ? "<anonymous>" : rec.tag);
                    case UNION -> "union " + (rec.tag == null ? "<anonymous>" : rec.tag);
                    default -> "?";
                };
                return q + name + (inner.isEmpty() ? "" : " " + inner);
            }
        }
    }
}
