package org.mmioworkbench.c.internal;

/** A token of the preprocessed translation unit, at its original position. */
public final class Tok {
    public enum K { ID, NUM, CHR, STR, PUNCT, EOF }

    public final K kind;
    public final String text;
    public final Pos pos;
    /** NUM, CHR: the value; STR: unused. */
    public long value;
    /** NUM, CHR: the literal's type. */
    public CType type;
    /** STR: the bytes, without the terminating NUL. */
    public byte[] bytes;
    /** For a token of a macro body: where the definition spells it; else null. */
    public Pos defPos;

    public Tok(K kind, String text, Pos pos) {
        this.kind = kind;
        this.text = text;
        this.pos = pos;
    }

    public boolean is(String s) {
        return (kind == K.PUNCT || kind == K.ID) && text.equals(s);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EOF -> "end of input";
            case PUNCT -> "'" + text + "' token";
            case NUM, CHR -> "numeric constant";
            case STR -> "string constant";
            default -> "'" + text + "'";
        };
    }
}
