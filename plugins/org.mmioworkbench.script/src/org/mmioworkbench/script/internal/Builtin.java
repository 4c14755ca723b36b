package org.mmioworkbench.script.internal;

import java.util.List;
import java.util.stream.Collectors;

/** The functions a script can call: the MMIO API as in C, and the simulation statements. */
public enum Builtin {
    /** {@code rc = KnRegisterPhyMem(addr, size, flags, &rid)}. */
    KN_REGISTER_PHY_MEM("KnRegisterPhyMem", true, value("addr"), value("size"), value("flags"), out("outRid")),
    /** {@code rc = KnIoMapMem(rid, prot, attr, &addr, &handle)}. */
    KN_IO_MAP_MEM("KnIoMapMem", true, value("rid"), value("prot"), value("attr"), out("addr"), out("handle")),
    /** {@code v = IoReadMmReg8(reg)}. */
    IO_READ_MM_REG8("IoReadMmReg8", true, value("reg")),
    /** {@code v = IoReadMmReg16(reg)}. */
    IO_READ_MM_REG16("IoReadMmReg16", true, value("reg")),
    /** {@code v = IoReadMmReg32(reg)}. */
    IO_READ_MM_REG32("IoReadMmReg32", true, value("reg")),
    /** {@code IoWriteMmReg8(reg, data)}. */
    IO_WRITE_MM_REG8("IoWriteMmReg8", false, value("reg"), value("data")),
    /** {@code IoWriteMmReg16(reg, data)}. */
    IO_WRITE_MM_REG16("IoWriteMmReg16", false, value("reg"), value("data")),
    /** {@code IoWriteMmReg32(reg, data)}. */
    IO_WRITE_MM_REG32("IoWriteMmReg32", false, value("reg"), value("data")),
    /** {@code KnIoMemHandlesClear(&handles)}. */
    KN_IO_MEM_HANDLES_CLEAR("KnIoMemHandlesClear", false, new Param("handles", ParamKind.STRUCT_OUT)),
    /** {@code rc = KnIoMemHandlesClose(&handles)}. */
    KN_IO_MEM_HANDLES_CLOSE("KnIoMemHandlesClose", true, new Param("handles", ParamKind.STRUCT_IN_OUT)),
    /** {@code rc = KnHandleClose(handle)}. */
    KN_HANDLE_CLOSE("KnHandleClose", true, value("handle")),
    /** {@code rc = KnHandleRevoke(handle)}. */
    KN_HANDLE_REVOKE("KnHandleRevoke", true, value("handle")),
    /**
     * {@code rc = IpcTransferHandle(handle, "PROCESS", &newHandle)} or, with the receiver's rights,
     * {@code IpcTransferHandle(handle, "PROCESS", "RIGHTS", &newHandle)} (simulation).
     */
    IPC_TRANSFER_HANDLE("IpcTransferHandle", true, value("handle"), text("process"), optionalText("rights"),
            out("newHandle")),
    /** {@code Delay(ns)} (simulation). */
    DELAY("Delay", false, value("ns")),
    /** {@code UartInput("DEVICE", "text")} (simulation). */
    UART_INPUT("UartInput", false, text("device"), text("text")),
    /** {@code printf("format", args...)}. */
    PRINTF("printf", false, text("format"));

    /** How an argument is passed. */
    public enum ParamKind {
        /** An integer expression. */
        VALUE,
        /** {@code &variable} or {@code &structure.field}, assigned by the call. */
        OUT,
        /** {@code &structure}, whose fields the call sets. */
        STRUCT_OUT,
        /** {@code &structure}, whose fields the call reads and sets. */
        STRUCT_IN_OUT,
        /** A string literal. */
        TEXT
    }

    /**
     * A parameter.
     *
     * @param name its name in the SDK's prototype
     * @param kind how it is passed
     * @param optional whether a call may leave it out (then it passes none of its optional parameters)
     */
    public record Param(String name, ParamKind kind, boolean optional) {

        /**
         * Makes a parameter every call passes.
         *
         * @param name its name in the SDK's prototype
         * @param kind how it is passed
         */
        public Param(String name, ParamKind kind) {
            this(name, kind, false);
        }

        /**
         * Renders the parameter as it is written in a call.
         *
         * @return e.g. {@code &rid}, {@code "process"}, or {@code ["rights"]} for an optional one
         */
        public String written() {
            String written = switch (kind) {
                case VALUE -> name;
                case OUT, STRUCT_OUT, STRUCT_IN_OUT -> "&" + name;
                case TEXT -> "\"" + name + "\"";
            };
            return optional ? "[" + written + "]" : written;
        }
    }

    private final String cName;
    private final boolean returnsValue;
    private final List<Param> params;

    Builtin(String cName, boolean returnsValue, Param... params) {
        this.cName = cName;
        this.returnsValue = returnsValue;
        this.params = List.of(params);
    }

    private static Param value(String name) {
        return new Param(name, ParamKind.VALUE);
    }

    private static Param out(String name) {
        return new Param(name, ParamKind.OUT);
    }

    private static Param text(String name) {
        return new Param(name, ParamKind.TEXT);
    }

    private static Param optionalText(String name) {
        return new Param(name, ParamKind.TEXT, true);
    }

    /**
     * Returns the name as called in scripts.
     *
     * @return e.g. {@code KnIoMapMem}
     */
    public String cName() {
        return cName;
    }

    /**
     * Tells whether the call has a result (a return code or a register value).
     *
     * @return true if it can be used in an expression
     */
    public boolean returnsValue() {
        return returnsValue;
    }

    /**
     * Returns the parameters ({@code printf}: only the format; any number of arguments follow it).
     *
     * @return the parameters in order
     */
    public List<Param> params() {
        return params;
    }

    /**
     * Returns the parameters a call with a number of arguments passes: all of them, or only the
     * required ones when the optional ones are left out.
     *
     * @param arguments the number of arguments given
     * @return the parameters in order, or null if no call passes that many
     */
    public List<Param> paramsFor(int arguments) {
        if (arguments == params.size()) {
            return params;
        }
        List<Param> required = params.stream().filter(p -> !p.optional()).toList();
        return arguments == required.size() ? required : null;
    }

    /**
     * Returns how many arguments a call may give, for error messages.
     *
     * @return e.g. {@code 1 argument}, {@code 4 arguments} or {@code 3 or 4 arguments}
     */
    public String arity() {
        long required = params.stream().filter(p -> !p.optional()).count();
        return (required == params.size() ? "" : required + " or ") + params.size() + " argument"
                + (params.size() == 1 ? "" : "s");
    }

    /**
     * Returns how many values a call pops: one per value parameter, two per structure parameter
     * (its fields {@code rid} and {@code handle}).
     *
     * @return the number of inputs
     */
    public int inputCount() {
        int n = 0;
        for (Param p : params) {
            n += switch (p.kind()) {
                case VALUE -> 1;
                case STRUCT_OUT, STRUCT_IN_OUT -> 2;
                case OUT, TEXT -> 0;
            };
        }
        return n;
    }

    /**
     * Renders the prototype for error messages.
     *
     * @return e.g. {@code KnIoMapMem(rid, prot, attr, &addr, &handle)}
     */
    public String signature() {
        return cName + "(" + params.stream().map(Param::written).collect(Collectors.joining(", "))
                + (this == PRINTF ? ", ..." : "") + ")";
    }

    /**
     * Finds a function by its script name.
     *
     * @param name the name called
     * @return the function, or null
     */
    public static Builtin named(String name) {
        for (Builtin b : values()) {
            if (b.cName.equals(name)) {
                return b;
            }
        }
        return null;
    }

    /**
     * Finds a function whose name differs from a given one only in letter case.
     *
     * @param name a misspelt name
     * @return the function, or null
     */
    public static Builtin similar(String name) {
        for (Builtin b : values()) {
            if (b.cName.equalsIgnoreCase(name)) {
                return b;
            }
        }
        return null;
    }
}
