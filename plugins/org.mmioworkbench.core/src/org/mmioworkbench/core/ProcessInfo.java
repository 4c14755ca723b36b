package org.mmioworkbench.core;

import java.util.List;

/**
 * A simulated process: its handle table and its live mappings.
 *
 * @param name the process name
 * @param handles its handles, by value
 * @param mappings its live mappings, by virtual address
 */
public record ProcessInfo(String name, List<HandleInfo> handles, List<MappingInfo> mappings) {

    /**
     * Copies the lists.
     *
     * @param name name
     * @param handles handles
     * @param mappings mappings
     */
    public ProcessInfo {
        handles = List.copyOf(handles);
        mappings = List.copyOf(mappings);
    }
}
