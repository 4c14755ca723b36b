package org.mmioworkbench.ui.tests;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** What the UI tests and benchmarks do with the running workbench: spin its event loop, wait, take pictures. */
public final class Workbench {
    private static final long TIMEOUT_NANOS = 10_000_000_000L;

    private Workbench() {
    }

    /** Runs every pending UI event. */
    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }

    /**
     * Runs the event loop until a condition holds (views refresh asynchronously).
     *
     * @param condition what to wait for
     * @param what its description for the failure message
     */
    public static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        processEvents();
    }

    /**
     * Saves a picture of the workbench window for the README into the folder named by the system
     * property {@code mmioworkbench.screenshots}; does nothing when it is not set.
     *
     * @param name the PNG file name
     */
    public static void screenshot(String name) {
        String dir = System.getProperty("mmioworkbench.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Display display = Display.getCurrent();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
        long until = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < until) {
            shell.update();
            processEvents();
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            new File(dir).mkdirs();
            loader.save(new File(dir, name).getPath(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
