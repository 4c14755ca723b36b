package org.mmioworkbench.script.internal;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;
import org.mmioworkbench.script.StatementInfo;

/** The instructions and statement table being compiled, with jump placeholders patched later. */
final class CodeBuffer {
    private final String fileName;
    private final List<Instruction> code = new ArrayList<>();
    private final List<StatementInfo> statements = new ArrayList<>();

    CodeBuffer(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    List<Instruction> code() {
        return code;
    }

    List<StatementInfo> statements() {
        return statements;
    }

    /** Starts a new statement: records it and emits its boundary marker; returns its id. */
    int mark(SourcePosition position) {
        int id = statements.size();
        statements.add(new StatementInfo(id, position));
        emit(new Instruction.Statement(id));
        return id;
    }

    /** Returns the index the next instruction gets. */
    int here() {
        return code.size();
    }

    void emit(Instruction i) {
        code.add(i);
    }

    /** Reserves a slot for a jump whose target is not known yet. */
    int placeholder() {
        code.add(null);
        return code.size() - 1;
    }

    void patch(int at, Instruction i) {
        code.set(at, i);
    }

    ScriptException error(SourcePosition at, String detail) {
        return new ScriptException(fileName, at, detail);
    }
}
