package org.mmioworkbench.debug.core;

import java.io.File;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;

/**
 * Finds the source of a driver's stack frame: the workspace file at the path the compiler used, or, for a file
 * outside the workspace (a bundled SDK header), the file on disk.
 */
public final class DriverSourceLocator implements ISourceLocator {
    @Override
    public Object getSourceElement(IStackFrame stackFrame) {
        if (!(stackFrame instanceof DriverStackFrame frame)) {
            return null;
        }
        return sourceOf(frame.file());
    }

    /**
     * The source element of a file the compiler named.
     *
     * @param path an absolute path
     * @return an {@link IFile} if the workspace has it, else a {@link LocalFileStorage}, or null if there is no file
     */
    public static Object sourceOf(String path) {
        File f = new File(path);
        if (!f.isFile()) {
            return null;
        }
        URI uri = f.toURI();
        for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri)) {
            if (file.exists()) {
                return file;
            }
        }
        return new LocalFileStorage(f);
    }
}
