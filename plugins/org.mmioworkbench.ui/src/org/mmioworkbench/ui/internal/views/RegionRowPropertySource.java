package org.mmioworkbench.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.mmioworkbench.core.inspect.RegionRow;

/**
 * Shows a selected Region Map row in the Properties view (read-only). Registered as an adapter
 * factory for {@link RegionRow} in plugin.xml.
 */
public final class RegionRowPropertySource implements IPropertySource {
    private final Map<String, String> properties = new LinkedHashMap<>();

    RegionRowPropertySource(RegionRow row) {
        properties.put("Physical range", row.rangeText());
        properties.put("Size", String.format("0x%X (%d bytes)", row.range().size(), row.range().size()));
        properties.put("Device", row.device());
        properties.put("Kind", row.kind().toString());
        properties.put("Registered by", row.registeredBy());
        properties.put("Flags", row.flags());
        properties.put("Mapped in", row.mappedIn());
        properties.put("Virtual address", row.virtualAddress());
        properties.put("Prot", row.prot());
        properties.put("Cache", row.cache());
    }

    @Override
    public Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return properties.keySet().stream().map(key -> {
            PropertyDescriptor descriptor = new PropertyDescriptor(key, key);
            descriptor.setCategory(key.equals("Mapped in") || key.equals("Virtual address") || key.equals("Prot")
                    || key.equals("Cache") ? "Mapping" : "Region");
            return descriptor;
        }).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return properties.get(id);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }

    /** Adapts {@link RegionRow} to {@link IPropertySource}. */
    public static final class Factory implements IAdapterFactory {
        @Override
        public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
            if (adapterType == IPropertySource.class && adaptableObject instanceof RegionRow row) {
                return adapterType.cast(new RegionRowPropertySource(row));
            }
            return null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] {IPropertySource.class};
        }
    }
}
