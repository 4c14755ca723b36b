package org.mmioworkbench.script.internal;

import java.util.List;

import org.mmioworkbench.script.StatementInfo;

/**
 * A compiled script: the instructions (ending with {@link Instruction.Halt}), its statements, its
 * variable slots and the number of loops.
 *
 * @param fileName the script's file name, for messages
 * @param code the instructions
 * @param statements the statements by id
 * @param slotNames the variable of each slot ({@code hs.rid} for a structure field)
 * @param slotTypes the type each slot has before any declaration
 * @param loopCount the number of loops
 */
public record Program(String fileName, List<Instruction> code, List<StatementInfo> statements, List<String> slotNames,
        List<CType> slotTypes, int loopCount) {

    /**
     * Makes the lists immutable.
     *
     * @param fileName file name
     * @param code instructions
     * @param statements statements
     * @param slotNames slot names
     * @param slotTypes slot types
     * @param loopCount loops
     */
    public Program {
        code = List.copyOf(code);
        statements = List.copyOf(statements);
        slotNames = List.copyOf(slotNames);
        slotTypes = List.copyOf(slotTypes);
    }
}
