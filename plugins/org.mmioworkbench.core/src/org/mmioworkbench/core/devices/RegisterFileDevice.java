package org.mmioworkbench.core.devices;

import java.util.Optional;

import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.RegisterDecoder;

/**
 * A device model whose registers are a {@link RegisterFile}: register accesses go to the file (which
 * applies the SVD semantics and calls the model's {@link DeviceBehavior} hooks), and views and consoles
 * can inspect the registers through {@link #registers()}. Models with special address decoding (the
 * PL061's masked data window) override the accesses they decode themselves.
 */
public abstract class RegisterFileDevice implements DeviceModel {

    /**
     * Returns the registers, e.g. to inspect or preset them.
     *
     * @return the register file
     */
    public abstract RegisterFile registers();

    @Override
    public int read(long offset, int widthBits) {
        return registers().read(offset, widthBits);
    }

    @Override
    public void write(long offset, int widthBits, int value) {
        registers().write(offset, widthBits, value);
    }

    @Override
    public Optional<RegisterDecoder> registerAt(long offset) {
        return registers().registerAt(offset).map(r -> r);
    }

    @Override
    public int peek(long offset, int widthBits) {
        return registers().peek(offset, widthBits);
    }
}
