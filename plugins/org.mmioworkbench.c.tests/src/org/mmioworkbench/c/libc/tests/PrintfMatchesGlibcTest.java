package org.mmioworkbench.c.libc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmioworkbench.c.libc.LibcException;
import org.mmioworkbench.c.libc.Printf;
import org.mmioworkbench.c.libc.VarArgs;

/**
 * {@link Printf} prints what glibc's {@code printf} prints: a generated C program makes each call with
 * {@code snprintf}, gcc compiles it, and every line it prints (the count, the bytes in hex, and the 8 bytes a
 * {@code %n} may have written) must equal the line {@link Printf} gives for the same format and arguments.
 */
class PrintfMatchesGlibcTest {

    /** A variadic argument's C type; {@code STR} and {@code N} are placed in memory and passed by address. */
    enum Type {
        INT("int"), UINT("unsigned int"), LONG("long"), ULONG("unsigned long"), LLONG("long long"),
        ULLONG("unsigned long long"), SIZE("size_t"), PTRDIFF("ptrdiff_t"), INTMAX("intmax_t"),
        UINTMAX("uintmax_t"), PTR("void *"), STR("const char *"), N("void *");

        final String c;

        Type(String c) {
            this.c = c;
        }
    }

    record Arg(Type type, long value, String string) {
        /** @return the C expression of the argument */
        String c() {
            return switch (type) {
                case STR -> string == null ? "(const char *)0" : literal(string.getBytes(StandardCharsets.UTF_8));
                case N -> "(void *)nb";
                default -> "(" + type.c + ")0x" + Long.toHexString(value) + "ULL";
            };
        }

        /** @return the value as the interpreter passes it: promoted, then widened by the promoted type */
        long promoted(long stringAddress, long nAddress) {
            return switch (type) {
                case INT -> (int) value;
                case UINT -> value & 0xFFFF_FFFFL;
                case STR -> string == null ? 0 : stringAddress;
                case N -> nAddress;
                default -> value;
            };
        }

        @Override
        public String toString() {
            return type == Type.STR ? (string == null ? "NULL" : '"' + string + '"')
                    : type == Type.N ? "&n" : type.c + " " + value;
        }
    }

    record Case(String format, List<Arg> args) {
    }

    private final List<Case> cases = new ArrayList<>();

    private void add(String format, Arg... args) {
        cases.add(new Case(format, List.of(args)));
    }

    private static Arg i(long v) {
        return new Arg(Type.INT, v, null);
    }

    private static Arg u(long v) {
        return new Arg(Type.UINT, v, null);
    }

    private static Arg of(Type type, long v) {
        return new Arg(type, v, null);
    }

    private static Arg s(String v) {
        return new Arg(Type.STR, 0, v);
    }

    private static Arg p(long v) {
        return new Arg(Type.PTR, v, null);
    }

    private static Arg n() {
        return new Arg(Type.N, 0, null);
    }

    /** @return a C string literal of {@code bytes}, every byte but letters and digits as an octal escape */
    static String literal(byte[] bytes) {
        StringBuilder c = new StringBuilder("\"");
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v < 0x80 && Character.isLetterOrDigit(v) || v == ' ' || v == '%' || v == '.' || v == ','
                    || v == '-' || v == '+' || v == '#' || v == '*' || v == '=' || v == '|' || v == '[' || v == ']') {
                c.append((char) v);
            } else {
                c.append(String.format("\\%03o", v));
            }
        }
        return c.append('"').toString();
    }

    private void integers() {
        String[] flags = {"", "-", "+", " ", "#", "0", "-0", "+ ", "#0", "+0", " 0", "-+#"};
        String[] widthPrecision = {"", "1", "8", ".0", ".5", "8.3", "-12.0"};
        long[] signedValues = {0, 1, -1, 42, Integer.MIN_VALUE, Integer.MAX_VALUE};
        long[] unsignedValues = {0, 1, 0xFFFF_FFFFL, 42, 0x8000_0000L, 0x1234_5678L};
        for (String conversion : new String[] {"d", "i", "u", "o", "x", "X"}) {
            boolean signed = conversion.equals("d") || conversion.equals("i");
            for (String flag : flags) {
                for (String wp : widthPrecision) {
                    for (long v : signed ? signedValues : unsignedValues) {
                        add("[%" + flag + wp + conversion + "]", signed ? i(v) : u(v));
                    }
                }
            }
        }
    }

    private void lengthModifiers() {
        String[] shapes = {"", "+", "#", "-6", "08", ".4", "#12.3"};
        long[] shortValues = {0, 300, -1, 127, -128, -129, 255, 65535, 32768, -32769, 0x12345};
        for (String length : new String[] {"hh", "h"}) {
            for (String conversion : new String[] {"d", "u", "x", "o"}) {
                for (String shape : shapes) {
                    for (long v : shortValues) {
                        add("%" + shape + length + conversion, i(v));
                    }
                }
            }
        }
        long[] longValues = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -(1L << 33)};
        Object[][] lengths = {
            {"l", Type.LONG, Type.ULONG}, {"ll", Type.LLONG, Type.ULLONG}, {"z", Type.LONG, Type.SIZE},
            {"Z", Type.LONG, Type.SIZE}, {"t", Type.PTRDIFF, Type.ULONG}, {"j", Type.INTMAX, Type.UINTMAX}};
        for (Object[] length : lengths) {
            for (String conversion : new String[] {"d", "i", "u", "x", "X", "o"}) {
                boolean signed = conversion.equals("d") || conversion.equals("i");
                for (String shape : new String[] {"", "+", "#", "-24", "025", ".20"}) {
                    for (long v : longValues) {
                        add("%" + shape + length[0] + conversion, of((Type) (signed ? length[1] : length[2]), v));
                    }
                }
            }
        }
    }

    private void strings() {
        String[] formats = {"%s", "%10s", "%-10s", "%.0s", "%.3s", "%10.3s", "%-10.3s", "%.20s", "%3s", "%05s",
            "%.5s", "%.6s", "%.7s", "%20.6s", "%-8.5s", "%+s", "%#s", "%hs", "%hhs", "[% s]"};
        for (String format : formats) {
            for (String v : new String[] {"", "a", "hello", "hello, world!", "grüße", null}) {
                add(format, s(v));
            }
        }
    }

    private void characters() {
        for (String format : new String[] {"%c", "%3c", "%-3c", "%03c", "%.0c", "%+c", "[%c]", "%hhc", "%hc"}) {
            for (long v : new long[] {'A', 'z', 0, 255, 0x141, -1, ' '}) {
                add(format, i(v));
            }
        }
    }

    private void pointers() {
        String[] formats = {"%p", "%20p", "%-20p", "%.0p", "%.4p", "%.16p", "%020p", "%+p", "% p", "%#p",
            "%-+20p", "%3p", "%.3p", "%6.5p", "%lp", "%hhp"};
        for (String format : formats) {
            for (long v : new long[] {0, 1, 0xdeadbeefL, 0x7fff_ffff_e000L, -1L, Long.MIN_VALUE}) {
                add(format, p(v));
            }
        }
    }

    private void percentAndCount() {
        add("%%");
        add("100%%");
        add("%5%|");
        add("%-5%|");
        add("%%d");
        add("%%%d", i(7));
        add("%n", n());
        add("abc%n", n());
        add("abc%hhn", n());
        add("abc%hn", n());
        add("abc%ln", n());
        add("abc%lln", n());
        add("abc%zn", n());
        add("abc%jn", n());
        add("abc%tn", n());
        add("%10d%n|", i(5), n());
        add("%-5s%hn!", s("ab"), n());
        add("%300d%hhn", i(1), n());
        add("%4096d%4096d%hn", i(1), i(2), n());
        add("%s%n", s(null), n());
        add("%5n|", n());
    }

    private void stars() {
        for (long width : new long[] {-10, -1, 0, 1, 10}) {
            add("[%*d]", i(width), i(42));
            add("[%-*d]", i(width), i(-42));
            add("[%0*d]", i(width), i(7));
            add("[%*s]", i(width), s("ab"));
            add("[%*c]", i(width), i('q'));
            add("[%*p]", i(width), p(0));
            for (long precision : new long[] {-5, -1, 0, 2, 10}) {
                add("[%*.*d]", i(width), i(precision), i(0));
                add("[%*.*x]", i(width), i(precision), u(0xbeef));
                add("[%.*s]", i(precision), s("hello"));
                add("[%.*s]", i(precision), s(null));
                add("[%#*.*o]", i(width), i(precision), u(8));
            }
        }
    }

    private void unknownConversions() {
        add("%k|");
        add("%5k|");
        add("%-#3.2k|");
        add("%*k|", i(9));
        add("%*k|", i(-9));
        add("%.*k|", i(9));
        add("%.*k|", i(-9));
        add("%hhhd|");
        add("%llld|");
        add("%lhd|");
        add("%+ 0k|");
        add("% 05.k|");
        add("%'Ik|");
        add("%y%d|", i(5));
        add("%K%s|", s("x"));
        add("%.-3d|%d", i(4));
    }

    private void binary() {
        for (String format : new String[] {"%b", "%#b", "%B", "%#B", "%10b", "%-#12b|", "%.8b", "%#.8b", "%hhb",
            "%012b", "%+b"}) {
            for (long v : new long[] {0, 5, 0xFFFF_FFFFL, 255}) {
                add(format, u(v));
            }
        }
        add("%lb", of(Type.ULONG, -1));
        add("%#llB", of(Type.ULLONG, 0x8000_0000_0000_0001L));
    }

    private void limitsAndMixtures() {
        add("%4096d", i(-1));
        add("%.4096d", i(12345));
        add("%-4096s|", s("edge"));
        add("%.4096s|", s("edge"));
        add("%4096p", p(0x1000));
        add("x=%d, y=%s, p=%p, c=%c, u=%u, o=%#o\n", i(-3), s("why"), p(0x1234), i('!'), u(3000000000L), u(8));
        add("tab\there\r\n");
        add("%s%s%s", s("a"), s(""), s("c"));
        add("%d %i %u %x %X %o %c %s %p %%", i(-1), i(-2), u(3), u(0xab), u(0xcd), u(8), i('k'), s("str"),
                p(0xfeed));
        add("%'d|%'u|%'x|%I d", i(1234567), u(7654321), u(0xabcdef), i(12));
        add("%--5d|%++d|%  d|%##x|%00d", i(1), i(2), i(3), u(4), i(5));
        add("%-08d|%0-8d|%+08d|% 08d|%#08x|%#-8x|", i(-5), i(5), i(5), i(5), u(255), u(255));
        add("%lld|%lld|%llu", of(Type.LLONG, Long.MIN_VALUE), of(Type.LLONG, Long.MAX_VALUE),
                of(Type.ULLONG, -1));
        add("%d|%.0d|%5.0d|%-5.0d|%+.0d|% .0d|%#.0o|%#.0x|%#o|%#x", i(0), i(0), i(0), i(0), i(0), i(0), u(0),
                u(0), u(0), u(0));
        add("%#.3o|%#5o|%#-5o|%#05o|%#.1o", u(8), u(8), u(8), u(8), u(8));
        add("%08.3d|%-8.3d|%+8.3d|% 8.3d|%08.3x", i(-7), i(-7), i(7), i(7), u(7));
        add("%.0s%s", s("gone"), s("kept"));
        add("", new Arg[0]);
    }

    private void generate() {
        integers();
        lengthModifiers();
        strings();
        characters();
        pointers();
        percentAndCount();
        stars();
        unknownConversions();
        binary();
        limitsAndMixtures();
    }

    private static String program(List<Case> cases) {
        StringBuilder c = new StringBuilder("""
                #include <stddef.h>
                #include <stdint.h>
                #include <stdio.h>
                #include <string.h>
                static char buf[16384];
                static unsigned char nb[8];
                static void line(int r) {
                  printf("%d ", r);
                  for (int i = 0; i < r && i < (int) sizeof buf; i++) printf("%02x", (unsigned char) buf[i]);
                  printf(" n=");
                  for (int i = 0; i < 8; i++) printf("%02x", nb[i]);
                  printf("\\n");
                }
                int main(void) {
                """);
        for (Case k : cases) {
            c.append("  memset(nb, 0xaa, 8); line(snprintf(buf, sizeof buf, ")
                    .append(literal(k.format().getBytes(StandardCharsets.UTF_8)));
            for (Arg a : k.args()) {
                c.append(", ").append(a.c());
            }
            c.append("));\n");
        }
        return c.append("  return 0;\n}\n").toString();
    }

    /** @return the line the C program prints for {@code k}, from {@link Printf} */
    private static String printfLine(Case k) {
        ArrayMemory mem = new ArrayMemory(0x40_0000, 1 << 14);
        long format = mem.string(k.format());
        byte[] nBytes = new byte[8];
        Arrays.fill(nBytes, (byte) 0xaa);
        long nAddress = mem.place(nBytes);
        long[] values = new long[k.args().size()];
        for (int j = 0; j < values.length; j++) {
            Arg a = k.args().get(j);
            long stringAddress = a.type() == Type.STR && a.string() != null ? mem.string(a.string()) : 0;
            values[j] = a.promoted(stringAddress, nAddress);
        }
        int[] used = {0};
        VarArgs args = () -> values[used[0]++];
        byte[] out;
        try {
            out = Printf.format(mem, format, args);
        } catch (LibcException e) {
            return "refused: " + e.getMessage();
        }
        if (used[0] != values.length) {
            return "consumed " + used[0] + " of " + values.length + " arguments";
        }
        byte[] nAfter = new byte[8];
        mem.read(nAddress, nAfter, 0, 8);
        HexFormat hex = HexFormat.of();
        return out.length + " " + hex.formatHex(out) + " n=" + hex.formatHex(nAfter);
    }

    private static String readable(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length < 3 || !parts[1].matches("[0-9a-f]*")) {
            return line;
        }
        String text = new String(HexFormat.of().parseHex(parts[1]), StandardCharsets.UTF_8);
        text = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return "[" + text.replace("\0", "\\0") + "] " + parts[2];
    }

    @Test
    void everyFormatAndArgumentCombinationPrintsWhatGlibcPrints(@TempDir Path dir) throws Exception {
        generate();
        assertTrue(cases.size() >= 300, "only " + cases.size() + " cases");
        Gcc.Run run = Gcc.compileAndRun(dir, "printf_cases", program(cases));
        assertEquals(0, run.status(), () -> "the C program failed: " + run.stderr());
        List<String> glibc = run.stdout().lines().toList();
        assertEquals(cases.size(), glibc.size(), "lines printed by the C program");
        List<String> mismatches = new ArrayList<>();
        for (int j = 0; j < cases.size(); j++) {
            Case k = cases.get(j);
            String ours = printfLine(k);
            if (!ours.equals(glibc.get(j))) {
                mismatches.add(literal(k.format().getBytes(StandardCharsets.UTF_8)) + " " + k.args() + "\n  glibc  "
                        + readable(glibc.get(j)) + "\n  Printf " + readable(ours));
            }
        }
        Files.writeString(dir.resolve("count.txt"), Integer.toString(cases.size()));
        System.out.println("PrintfMatchesGlibcTest: " + cases.size() + " printf calls compared with glibc, "
                + mismatches.size() + " differ");
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " of " + cases.size()
                + " calls print differently from glibc:\n" + String.join("\n", mismatches.subList(0,
                        Math.min(40, mismatches.size()))));
    }
}
