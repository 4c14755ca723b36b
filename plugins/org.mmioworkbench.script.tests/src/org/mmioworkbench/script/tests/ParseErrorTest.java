package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;

/** Malformed scripts are reported at the exact line and column, saying what was expected and what was found. */
class ParseErrorTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("x = (1 + 2", "1:11", "expected ')' to close the '(' at 1:5, found end of file"),
                Arguments.of("x = 1 +", "1:8", "expected an expression, found end of file"),
                Arguments.of("x = 1 +\n\n", "3:1", "expected an expression, found end of file"),
                Arguments.of("ok = 1\nif x > 1 { }", "2:4", "expected '(' after 'if', found 'x'"),
                Arguments.of("while (1) {\n  x = 1\n", "3:1",
                        "expected '}' to close the block opened at 1:11, found end of file"),
                Arguments.of("x = 0x", "1:5", "expected digits after '0x'"),
                Arguments.of("x = 0x1G", "1:8", "invalid suffix 'G' on integer literal"),
                Arguments.of("x = 09", "1:6", "invalid digit '9' in octal literal (a leading 0 means octal, as in C)"),
                Arguments.of("x = 18446744073709551616", "1:5",
                        "integer literal '18446744073709551616' does not fit in 64 bits"),
                Arguments.of("x = 1__0", "1:6", "a digit separator '_' must stand between two digits"),
                Arguments.of("x = 1.5", "1:5", "floating-point numbers are not supported; scripts compute with integers"),
                Arguments.of("x = 'ab'", "1:5", "a character literal holds exactly one character"),
                Arguments.of("x = ''", "1:5", "empty character literal"),
                Arguments.of("x = '\\q'", "1:6", "unknown escape sequence '\\q'"),
                Arguments.of("x = '\\x100'", "1:6",
                        "escape sequence '\\x100' is out of range: its value must fit in one byte"),
                Arguments.of("printf(\"abc)\nx = 1", "1:8",
                        "unterminated string literal (a string must end on its line with '\"')"),
                Arguments.of("x = 1\n  /* comment", "2:3", "unterminated comment: '/*' has no matching '*/'"),
                Arguments.of("x = 1 $ 2", "1:7", "unexpected character '$'"),
                Arguments.of("x = 1 # 2", "1:7", "unexpected character '#': only a line starting with '#' is a directive"),
                Arguments.of("x = y ? 1 : 2", "1:7", "the conditional operator '?:' is not supported; use if/else"),
                Arguments.of("x = 1 2", "1:7", "expected ';' or a line break after the statement, found '2'"),
                Arguments.of("}", "1:1", "unexpected '}': no block is open"),
                Arguments.of("else x = 1", "1:1", "'else' without a matching 'if'"),
                Arguments.of("while (1)", "1:10", "expected a statement, found end of file"),
                Arguments.of("for (i = 0; i < 3) {}", "1:18",
                        "expected ';' after the condition of the for loop, found ')'"),
                Arguments.of("if (x = 1) {}", "1:7", "expected ')' to close the '(' at 1:4 of the if condition, found '='"
                        + " (assignment is a statement of its own; did you mean '=='?)"),
                Arguments.of("x = 1\nboard qemu-virt", "2:1", "the board can only be named in the first line of a script"),
                Arguments.of("board", "1:6",
                        "expected a board name (such as qemu-virt) or a quoted board file path after 'board'"),
                Arguments.of("process kernel", "1:9", "'kernel' is reserved by the simulator; choose another process name"),
                Arguments.of("process", "1:8", "expected a process name after 'process', found end of file"),
                Arguments.of("rcOk = 1", "1:1", "'rcOk' is a constant and cannot be assigned"),
                Arguments.of("#define A(x) x", "1:10",
                        "function-like macros are not supported; #define gives a name to an integer expression"),
                Arguments.of("#define B 1 / 0", "1:13", "division by zero in a #define value"),
                Arguments.of("#define X 1\n#define X 2", "2:9", "'X' is redefined with a different value (first defined at 1:1)"),
                Arguments.of("#define VMM_FLAG_READ 4", "1:9", "'VMM_FLAG_READ' is predefined as 0x1; a #define cannot change it"),
                Arguments.of("#define Y y + 1", "1:11",
                        "'y' is not a constant: a #define value may use only numbers, predefined constants and earlier #defines"),
                Arguments.of("uint8_t buf[4]", "1:12", "arrays are not supported in driver scripts"),
                Arguments.of("void v", "1:6", "a variable cannot be 'void' (did you mean 'void *'?)"),
                Arguments.of("unsigned short long x", "1:1", "'unsigned short long' is not a valid type"),
                Arguments.of("int x = 5, = 3", "1:12", "expected a variable name in the declaration, found '='"),
                Arguments.of("x = *p", "1:5",
                        "pointer dereference is not supported; use IoReadMmReg8/16/32 and IoWriteMmReg8/16/32"),
                Arguments.of("x = \"s\" + 1", "1:5", "a string is only allowed as an argument of a call such as printf"),
                Arguments.of("x = sizeof(y)", "1:5", "'sizeof' is not supported in driver scripts"),
                Arguments.of("return 0", "1:1", "'return' is not supported in driver scripts"),
                Arguments.of("hs.foo = 1", "1:4", "IoMemHandles has no field 'foo' (its fields are rid and handle)"),
                Arguments.of("x = 1\nKnIoMemHandlesClear(&x)", "2:22",
                        "'x' is a plain variable, not an IoMemHandles structure (declare one with IoMemHandles NAME)"),
                Arguments.of("x = hs.rid\nhs = 1", "2:1", "'hs' is an IoMemHandles structure; use hs.rid or hs.handle"),
                Arguments.of("IoMemHandles hs = 0", "1:17",
                        "an IoMemHandles structure cannot be initialised here; use KnIoMemHandlesClear(&hs)"),
                Arguments.of("KnRegisterPhyMem(0x09030000, 0x1000, 0)", "1:1",
                        "KnRegisterPhyMem takes 4 arguments, KnRegisterPhyMem(addr, size, flags, &outRid), but 3 were given"),
                Arguments.of("rc = KnIoMapMem(rid, 3, 0x800, base, &h)", "1:32",
                        "argument 4 of KnIoMapMem (&addr) is an out-parameter: write &addr"),
                Arguments.of("IoWriteMmReg32(&x, 1)", "1:16",
                        "argument 1 of IoWriteMmReg32 (reg) must be an integer expression, not an out-parameter"),
                Arguments.of("rc = KnIoMemHandlesClose(&hs.rid)", "1:26",
                        "argument 1 of KnIoMemHandlesClose (&handles) must be an IoMemHandles structure, such as &hs"),
                Arguments.of("rc = IpcTransferHandle(h, 5, &n)", "1:27",
                        "argument 2 of IpcTransferHandle (\"process\") must be a string literal"),
                Arguments.of("rc = IpcTransferHandle(h, \"simulator\", &n)", "1:27",
                        "'simulator' is reserved by the simulator; choose another process name"),
                Arguments.of("rc = IpcTransferHandle(h, \"b\", \"map-read|mapwrite\", &n)", "1:32",
                        "unknown handle right 'mapwrite' in 'map-read|mapwrite'; the rights are transfer, map-read,"
                                + " map-write (or none)"),
                Arguments.of("rc = IpcTransferHandle(h, \"b\", \"\", &n)", "1:32",
                        "no handle rights given; write none for an empty mask"),
                Arguments.of("rc = IpcTransferHandle(h, \"b\", 3, &n)", "1:32",
                        "argument 3 of IpcTransferHandle ([\"rights\"]) must be a string literal"),
                Arguments.of("rc = IpcTransferHandle(h, \"b\")", "1:6",
                        "IpcTransferHandle takes 3 or 4 arguments, IpcTransferHandle(handle, \"process\", [\"rights\"],"
                                + " &newHandle), but 2 were given"),
                Arguments.of("x = IoWriteMmReg32(a, 1)", "1:5", "IoWriteMmReg32 returns no value"),
                Arguments.of("x = foo(1)", "1:5", "unknown function 'foo'"),
                Arguments.of("x = knioMapMem(1)", "1:5", "unknown function 'knioMapMem' (did you mean KnIoMapMem?)"),
                Arguments.of("KnHandleClose(h, 1", "1:19",
                        "expected ',' or ')' in the arguments of KnHandleClose (opened at 1:14), found end of file"),
                Arguments.of("printf(\"%d %d\\n\", 1)", "1:1", "the printf format has 2 conversions but 1 argument follows it"),
                Arguments.of("printf(\"%d\\n\", 1, 2)", "1:19", "the printf format has 1 conversion but 2 arguments follow it"),
                Arguments.of("printf(\"%q\", 1)", "1:8", "unknown printf conversion '%q'"),
                Arguments.of("printf(\"%s\", 5)", "1:14", "%s needs a string literal (argument 2 of printf)"),
                Arguments.of("printf(\"%x\", \"a\")", "1:14", "%x needs an integer expression (argument 2 of printf)"),
                Arguments.of("printf(x)", "1:8", "the first argument of printf must be a format string literal"),
                Arguments.of("break", "1:1", "'break' outside a loop"),
                Arguments.of("assert(x, 5)", "1:11", "expected a message string after ',' in assert, found '5'"),
                Arguments.of("x++ ++", "1:5", "expected ';' or a line break after the statement, found '++'"),
                Arguments.of("x = ++y", "1:5", "'++' is only allowed as a statement of its own, such as i++"),
                Arguments.of("x = &y", "1:5",
                        "'&' (address of) is only allowed in front of an out-parameter of a call, such as &rid"),
                Arguments.of("x", "1:2", "expected '=', a compound assignment, '++', '--' or '(' after 'x', found end of file"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("malformed")
    void reportsTheFirstErrorWithItsPosition(String source, String position, String detail) {
        ScriptException e = assertThrows(ScriptException.class, () -> Script.parse(source, "bad.mmio"));
        assertEquals("bad.mmio:" + position + ": error: " + detail, e.getMessage());
        assertEquals(position, e.position().toString());
        assertEquals(detail, e.detail());
        assertEquals("bad.mmio", e.fileName());
    }

    @ParameterizedTest(name = "[{index}] nesting {0}")
    @MethodSource("deepNesting")
    void deepNestingIsAnErrorNotAStackOverflow(String source) {
        ScriptException e = assertThrows(ScriptException.class, () -> Script.parse(source, "deep.mmio"));
        assertEquals(1, e.position().line());
    }

    static Stream<String> deepNesting() {
        int n = 100_000;
        return Stream.of("x = " + "(".repeat(n) + "1" + ")".repeat(n),
                "x = " + "-".repeat(n) + "1",
                "x = " + "1 + ".repeat(n) + "1",
                "{".repeat(n) + "}".repeat(n),
                "if (1) ".repeat(n) + "x = 1",
                "x = " + "f(".repeat(n) + ")".repeat(n));
    }

    @ParameterizedTest(name = "[{index}] position of {0}")
    @MethodSource("positions")
    void columnsCountCharacters(String source, SourcePosition expected) {
        ScriptException e = assertThrows(ScriptException.class, () -> Script.parse(source, "p.mmio"));
        assertEquals(expected, e.position());
    }

    static Stream<Arguments> positions() {
        return Stream.of(Arguments.of("\tx = @", new SourcePosition(1, 6)),
                Arguments.of("x = 1\r\ny = @", new SourcePosition(2, 5)),
                Arguments.of("s = 1 // ü\nz = (", new SourcePosition(2, 6)));
    }
}
