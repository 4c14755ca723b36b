package org.mmioworkbench.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.mmioworkbench.script.Script;
import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.StatementInfo;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the script parser (lexer, preprocessor, parser, compiler, constant evaluation) with any bytes. An
 * input either compiles, with every statement on a line of the script, or is a {@link ScriptException} at
 * a position.
 */
class ScriptParserFuzzTest {
    static final String FILE = "fuzz.mmio";

    @FuzzTest
    @DictionaryFile(resourcePath = "script.dict")
    void script(byte[] input) {
        Script script;
        try {
            script = Script.parse(input, FILE);
        } catch (ScriptException e) {
            Contract.positioned(e, FILE);
            return;
        }
        for (StatementInfo s : script.statements()) {
            int line = s.line();
            assertEquals(true, line >= 1 && line <= script.lineCount(), "statement line " + line);
        }
    }
}
