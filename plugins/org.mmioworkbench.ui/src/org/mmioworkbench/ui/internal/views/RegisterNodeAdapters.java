package org.mmioworkbench.ui.internal.views;

import org.eclipse.core.runtime.IAdapterFactory;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.inspect.RegisterNode;

/**
 * Adapts the Register Editor's rows (the core's {@link RegisterNode}s) to the core's {@link Register} and
 * {@link Register.Field}: a register row to its register, a field row to its field and its register. Registered
 * with the platform's adapter manager so that command expressions ({@code <adapt type="...Register"/>}) of other
 * bundles (a register watchpoint) act on the selection without knowing the rows.
 */
public final class RegisterNodeAdapters implements IAdapterFactory {
    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        if (adaptableObject instanceof RegisterNode.Reg r && adapterType == Register.class) {
            return adapterType.cast(r.register());
        }
        if (adaptableObject instanceof RegisterNode.Field f && adapterType == Register.Field.class) {
            return adapterType.cast(f.field());
        }
        if (adaptableObject instanceof RegisterNode.Field f && adapterType == Register.class) {
            return adapterType.cast(f.field().register());
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {Register.class, Register.Field.class};
    }
}
