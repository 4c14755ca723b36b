package org.mmioworkbench.script.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.Outcome;
import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.ScriptMachine;
import org.mmioworkbench.script.ScriptOptions;
import org.mmioworkbench.script.ScriptOutput;

/** Whatever the input, the parser throws nothing but {@link ScriptException}, and machines only stop with an outcome. */
class GarbageInputTest {
    private static final String[] VOCABULARY = {
        "x", "y", "hs", "rid", ".", "rid", "handle", "=", "==", "+=", "<<=", "++", "--", "(", ")", "{", "}", "[", "]",
        ";", ",", "\n", "&", "&&", "|", "||", "!", "~", "-", "+", "*", "/", "%", "<<", ">>", "<", ">=", "?", ":",
        "0", "1", "0x10", "0b101", "'a'", "'\\n'", "1'000", "\"s\"", "\"%d\\n\"", "if", "else", "while", "for", "do",
        "break", "continue", "process", "board", "assert", "printf", "KnRegisterPhyMem", "KnIoMapMem",
        "IoReadMmReg32", "IoWriteMmReg8", "KnIoMemHandlesClear", "KnIoMemHandlesClose", "KnHandleClose",
        "IpcTransferHandle", "Delay", "UartInput", "uint8_t", "int", "void", "IoMemHandles", "#define", "#include",
        "rcOk", "INVALID_HANDLE", "/*", "*/", "//", "\\\n", "#", "@", "\"", "'",
    };

    @Test
    void randomBytesOnlyEverGiveScriptExceptions() {
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            String text = i % 2 == 0 ? new String(bytes, StandardCharsets.ISO_8859_1) : new String(bytes, StandardCharsets.UTF_8);
            parseOrReport(text);
        }
    }

    @Test
    void randomTokenSoupOnlyEverGivesScriptExceptionsAndRunsStopCleanly() {
        Random random = new Random(7);
        int parsed = 0;
        for (int i = 0; i < 20000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(24);
            for (int k = 0; k < n; k++) {
                b.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            Script script = parseOrReport(b.toString());
            if (script != null) {
                parsed++;
                runBriefly(script);
            }
        }
        assertTrue(parsed > 100, "too few random scripts parsed to exercise the machine: " + parsed);
    }

    @Test
    void mutatedValidScriptsOnlyEverGiveScriptExceptions() {
        String valid = """
                board qemu-virt
                #define BASE 0x09030000
                IoMemHandles hs
                KnIoMemHandlesClear(&hs)
                rc = KnRegisterPhyMem(BASE, 0x1000, MMIO_U_SHARED, &hs.rid)
                if (rc != rcOk) { printf("rc=%d\\n", rc) }
                rc = KnIoMapMem(hs.rid, VMM_FLAG_READ | VMM_FLAG_WRITE, VMM_FLAG_CACHE_DISABLE, &base, &hs.handle)
                for (uint32_t i = 0; i < 4; i++) IoWriteMmReg32(base + 4 * i, i * 'A')
                while ((IoReadMmReg32(base) & 1) == 0 && n < 3) { n++ }
                assert(rc == rcOk, "mapped")
                rc = KnIoMemHandlesClose(&hs)
                """;
        Random random = new Random(3);
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder(valid);
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, (char) (32 + random.nextInt(95)));
                    default -> b.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
            Script script = parseOrReport(b.toString());
            if (script != null) {
                runBriefly(script);
            }
        }
    }

    private static Script parseOrReport(String text) {
        try {
            return Script.parse(text, "fuzz.mmio");
        } catch (ScriptException e) {
            assertTrue(e.getMessage().startsWith("fuzz.mmio:" + e.position() + ": error: "), e.getMessage());
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            fail("parser threw " + e + " for input: " + text.replace("\n", "\\n"), e);
            return null;
        }
    }

    /** Runs at most 2000 statements with a small loop bound; only an outcome may come out. */
    private static void runBriefly(Script script) {
        ScriptMachine m = new ScriptMachine(script, new Simulator(Board.qemuVirt()), ScriptOutput.discard(),
                ScriptOptions.defaults().withLoopBound(50));
        int[] budget = {2000};
        try {
            Outcome o = m.runUntil((next, machine) -> --budget[0] < 0);
            assertTrue(o.kind() != Outcome.Kind.PAUSED || budget[0] < 0, o.message());
        } catch (RuntimeException e) {
            fail("machine threw " + e + " for script: " + script.text().replace("\n", "\\n"), e);
        }
    }
}
