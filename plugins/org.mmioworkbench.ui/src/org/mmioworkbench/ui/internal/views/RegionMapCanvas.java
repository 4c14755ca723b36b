package org.mmioworkbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.inspect.RegionRow;

/**
 * The drawing of the Region Map: the physical address space to scale, with RAM, device windows,
 * registered regions coloured by owner and sharing and labelled with who registered them and where they
 * are mapped (as far as the zoom leaves room), mapped regions underlined, and conflicts reported
 * by the kernel's diagnostics marked in red. Zoom with the mouse wheel or {@code +}/{@code -}, pan with
 * the arrow keys or by dragging, {@code Home} shows everything; a double-click zooms to a region and a
 * click selects it.
 */
public final class RegionMapCanvas extends Canvas {
    /** The top of the address bar, in pixels. */
    public static final int BAR_TOP = 6;
    /** The height of the address bar, in pixels. */
    public static final int BAR_HEIGHT = 34;
    /** The colour of conflict marks. */
    public static final RGB CONFLICT = new RGB(0xD0, 0x1C, 0x1C);
    private static final RGB MAPPED = new RGB(0x30, 0x30, 0x30);
    private static final RGB OUTLINE = new RGB(0x80, 0x80, 0x80);
    /** Regions narrower than this, in pixels, and at most {@link #NEAR} apart share one label. */
    private static final int NARROW = 24;
    private static final int NEAR = 4;

    private AddressViewport viewport;
    private List<RegionRow> rows = List.of();
    private List<AddressRange> conflicts = List.of();
    private RegionRow selected;
    private Consumer<RegionRow> selectionListener = row -> { };
    private int dragX = -1;

    /**
     * Creates the drawing.
     *
     * @param parent its parent
     * @param domain the bytes of address space it can show
     * @param pageSize the smallest window it zooms to
     */
    RegionMapCanvas(Composite parent, double domain, double pageSize) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        viewport = new AddressViewport(domain, pageSize);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDown, e -> {
            dragX = e.x;
            setFocus();
        });
        addListener(SWT.MouseUp, e -> {
            if (Math.abs(e.x - dragX) < 3) {
                select(rowAt(e.x, e.y), true);
            }
            dragX = -1;
        });
        addListener(SWT.MouseMove, this::drag);
        addListener(SWT.MouseDoubleClick, e -> {
            RegionRow row = rowAt(e.x, e.y);
            if (row != null) {
                viewport.show(row.range().base(), row.range().size());
                redraw();
            }
        });
        addListener(SWT.MouseHover, e -> {
            RegionRow row = rowAt(e.x, e.y);
            setToolTipText(row == null ? addressText(viewport.toAddress(e.x, width())) : RegionMapView.tooltip(row));
        });
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_ARROW_NEXT
                && e.detail != SWT.TRAVERSE_ARROW_PREVIOUS);
        getAccessible();
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 400 : wHint, BAR_TOP + BAR_HEIGHT + 26);
    }

    /**
     * Shows new content.
     *
     * @param newRows the regions to draw
     * @param newConflicts the ranges the kernel reported conflicts for
     */
    void setContent(List<RegionRow> newRows, List<AddressRange> newConflicts) {
        rows = newRows;
        conflicts = newConflicts;
        if (selected != null) {
            selected = newRows.stream().filter(r -> r.range().equals(selected.range())).findFirst().orElse(null);
        }
        redraw();
    }

    /**
     * Sets who hears about clicks on regions.
     *
     * @param listener called with the clicked row
     */
    void onSelect(Consumer<RegionRow> listener) {
        selectionListener = listener;
    }

    /**
     * Highlights a row (e.g. the one selected in the table) and brings it into view.
     *
     * @param row the row, or null for none
     * @param notify whether to tell the selection listener
     */
    void select(RegionRow row, boolean notify) {
        selected = row;
        if (row != null) {
            double left = viewport.toPixel(row.range().base(), width());
            double right = viewport.toPixel(row.range().base() + row.range().size(), width());
            if (right < 0 || left > width()) {
                viewport.show(row.range().base(), row.range().size());
            }
            if (notify) {
                selectionListener.accept(row);
            }
        }
        redraw();
    }

    /**
     * Changes the address space shown (a session on another board); shows all of it.
     *
     * @param domain the bytes of address space
     * @param pageSize the smallest window
     */
    void setDomain(double domain, double pageSize) {
        if (domain != viewport.domain()) {
            viewport = new AddressViewport(domain, pageSize);
            redraw();
        }
    }

    /** @return the viewport, for the view's zoom actions and for tests */
    public AddressViewport viewport() {
        return viewport;
    }

    private int width() {
        return Math.max(1, getClientArea().width);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        int width = width();
        gc.setForeground(new Color(OUTLINE));
        gc.drawRectangle(0, BAR_TOP, width - 1, BAR_HEIGHT);
        for (RegionRow row : rows) {
            int[] span = pixels(row.range(), width);
            if (span == null) {
                continue;
            }
            gc.setBackground(new Color(RegionMapView.rgb(row.kind())));
            gc.fillRectangle(span[0], BAR_TOP + 1, span[1], BAR_HEIGHT - 1);
            gc.setForeground(new Color(OUTLINE));
            gc.drawRectangle(span[0], BAR_TOP, Math.max(0, span[1] - 1), BAR_HEIGHT);
            if (!row.mappedIn().isEmpty()) {
                gc.setBackground(new Color(MAPPED));
                gc.fillRectangle(span[0], BAR_TOP + BAR_HEIGHT - 4, span[1], 4);
            }
        }
        paintLabels(gc, width);
        gc.setBackground(new Color(CONFLICT));
        for (AddressRange conflict : conflicts) {
            int[] span = pixels(conflict, width);
            if (span != null) {
                gc.fillRectangle(span[0], BAR_TOP - 5, span[1], 4);
            }
        }
        if (selected != null) {
            int[] span = pixels(selected.range(), width);
            if (span != null) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
                gc.setLineWidth(2);
                gc.drawRectangle(span[0], BAR_TOP, Math.max(1, span[1] - 1), BAR_HEIGHT);
                gc.setLineWidth(1);
            }
        }
        paintAxis(gc, width);
        if (isFocusControl()) {
            gc.drawFocus(0, 0, area.width, area.height);
        }
    }

    /**
     * Labels each region inside it, or, where it is narrow, over the empty bar to its right up to the next
     * region (rows are sorted by address), so that tiny regions far apart are named too. Narrow regions
     * drawn next to each other (devices a few pages apart, seen from far away) share one label that names
     * them all.
     */
    private void paintLabels(GC gc, int width) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        ToIntFunction<String> textWidth = text -> gc.textExtent(text).x;
        int i = 0;
        while (i < rows.size()) {
            int[] span = pixels(rows.get(i).range(), width);
            if (span == null) {
                i++;
                continue;
            }
            // the cluster: rows i..last, each narrow one followed closely by the next
            int last = i;
            int[] lastSpan = span;
            int next = width;
            for (int j = i + 1; j < rows.size(); j++) {
                int[] following = pixels(rows.get(j).range(), width);
                if (following == null) {
                    continue;
                }
                if (lastSpan[1] < NARROW && following[0] <= lastSpan[0] + lastSpan[1] + NEAR) {
                    last = j;
                    lastSpan = following;
                } else {
                    next = following[0];
                    break;
                }
            }
            int x = Math.max(0, span[0]) + 3;
            int room = Math.max(lastSpan[0] + lastSpan[1], next) - 3 - x;
            String label = last == i ? label(rows.get(i), room, textWidth)
                    : clusterLabel(rows.subList(i, last + 1), room, textWidth);
            if (label != null) {
                gc.drawText(label, x, BAR_TOP + 4, true);
            }
            i = last + 1;
        }
    }

    /**
     * Chooses the label of regions drawn side by side too narrow for their own: their names, else how
     * many they are.
     *
     * @param cluster the regions, sorted by address
     * @param room the pixels available
     * @param textWidth the width of a text in pixels
     * @return the label, or null when not even the count fits
     */
    public static String clusterLabel(List<RegionRow> cluster, int room, ToIntFunction<String> textWidth) {
        String names = String.join(", ", cluster.stream().map(RegionMapCanvas::name).toList());
        if (textWidth.applyAsInt(names) <= room) {
            return names;
        }
        String count = cluster.size() + " regions";
        return textWidth.applyAsInt(count) <= room ? count : null;
    }

    private static String name(RegionRow row) {
        return row.device().isEmpty() ? row.registeredBy() : row.device();
    }

    private void paintAxis(GC gc, int width) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        double step = viewport.tickStep();
        double first = Math.ceil(viewport.start() / step) * step;
        int y = BAR_TOP + BAR_HEIGHT;
        int lastLabelEnd = -1;
        for (double address = first; address <= viewport.start() + viewport.span(); address += step) {
            int x = (int) Math.round(viewport.toPixel(address, width));
            gc.drawLine(x, y, x, y + 4);
            String label = addressText(address);
            Point extent = gc.textExtent(label);
            int left = Math.min(Math.max(0, x - extent.x / 2), width - extent.x);
            if (left > lastLabelEnd + 8) {
                gc.drawText(label, left, y + 5, true);
                lastLabelEnd = left + extent.x;
            }
        }
    }

    /**
     * Chooses the longest label of a region that fits its width in the drawing: its device, who
     * registered it and where it is mapped (process and virtual address); then less, down to the device.
     *
     * @param row the region
     * @param room the pixels available
     * @param textWidth the width of a text in pixels
     * @return the label, or null when not even the shortest fits
     */
    public static String label(RegionRow row, int room, ToIntFunction<String> textWidth) {
        String name = name(row);
        List<String> candidates = new ArrayList<>();
        String owner = row.registeredBy().isEmpty() || row.device().isEmpty() ? "" : row.registeredBy();
        String mapping = row.mappedIn().isEmpty() ? "" : "mapped in " + row.mappedIn() + " at " + row.virtualAddress();
        if (!owner.isEmpty() && !mapping.isEmpty()) {
            candidates.add(name + " \u00b7 " + owner + " \u00b7 " + mapping);
        }
        if (!mapping.isEmpty()) {
            candidates.add(name + " \u00b7 " + row.mappedIn() + " @ " + row.virtualAddress());
        }
        if (!owner.isEmpty()) {
            candidates.add(name + " \u00b7 " + owner);
        }
        candidates.add(name);
        for (String candidate : candidates) {
            if (textWidth.applyAsInt(candidate) <= room) {
                return candidate;
            }
        }
        return null;
    }

    /** @return left pixel and width (at least 2 pixels, so tiny regions stay visible), or null if off-screen */
    private int[] pixels(AddressRange range, int width) {
        double left = viewport.toPixel(range.base(), width);
        double right = viewport.toPixel((double) range.base() + range.size(), width);
        if (right < 0 || left > width) {
            return null;
        }
        int x = (int) Math.floor(Math.max(-1, left));
        int w = (int) Math.ceil(Math.min(width + 1, right)) - x;
        return new int[] {x, Math.max(2, w)};
    }

    /**
     * Finds the region drawn at a point; the smallest wins where tiny regions were widened.
     *
     * @param x column
     * @param y row
     * @return the row, or null
     */
    public RegionRow rowAt(int x, int y) {
        if (y < BAR_TOP - 5 || y > BAR_TOP + BAR_HEIGHT) {
            return null;
        }
        RegionRow best = null;
        for (RegionRow row : rows) {
            int[] span = pixels(row.range(), width());
            if (span != null && x >= span[0] - 1 && x <= span[0] + span[1]
                    && (best == null || Long.compareUnsigned(row.range().size(), best.range().size()) < 0)) {
                best = row;
            }
        }
        return best;
    }

    private void wheel(Event e) {
        double anchor = viewport.toAddress(e.x, width());
        viewport.zoom(anchor, e.count > 0 ? 0.5 : 2);
        redraw();
    }

    private void drag(Event e) {
        if (dragX >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
            viewport.pan((double) (dragX - e.x) / width());
            dragX = e.x;
            redraw();
        }
    }

    private void key(Event e) {
        double centre = viewport.start() + viewport.span() / 2;
        switch (e.keyCode) {
            case '+', '=', SWT.KEYPAD_ADD -> viewport.zoom(centre, 0.5);
            case '-', SWT.KEYPAD_SUBTRACT -> viewport.zoom(centre, 2);
            case SWT.ARROW_LEFT -> viewport.pan(-0.1);
            case SWT.ARROW_RIGHT -> viewport.pan(0.1);
            case SWT.HOME -> viewport.showAll();
            default -> {
                return;
            }
        }
        redraw();
    }

    private static String addressText(double address) {
        return String.format("0x%08X", (long) address);
    }
}
