package org.mmioworkbench.ui.internal.views;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.mmioworkbench.core.inspect.Radix;
import org.mmioworkbench.core.inspect.RegisterBits;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterValues;

/**
 * The Register Editor's bit view: the selected register as a row of bit cells (two or more rows when the view is
 * too narrow for one), numbered from the most significant bit on the left, each showing its value, with a thick
 * line at each field's boundary and the field's name under its bits (written downwards, as register diagrams in
 * data sheets do, when it is wider than its bits). What a click does comes from the core
 * ({@link RegisterBits.Action}); bits outside every field are drawn dimmer. A writable bit toggles, a write-1-to-clear field clears, read-only bits (grey) and
 * write-only bits (a dash) refuse and say why in the status line. Keyboard: Tab reaches it, arrow keys move between
 * bits (Left towards the most significant), Home and End go to either end, Space or Enter does what a click does.
 * The pane draws; the view writes ({@code apply}) through the same path as the tree's edits.
 */
final class RegisterBitsPane {
    private static final int MARGIN = 6;
    private static final int MIN_CELL = 20;
    private static final int MAX_CELL = 34;
    private static final int ROW_GAP = 6;
    /** The longest a field's name written downwards may be; longer names end in an ellipsis. */
    private static final int MAX_LABEL = 96;

    private final Composite root;
    private final Label title;
    private final Canvas canvas;
    private final Supplier<Color> highlight;
    private final BiConsumer<RegisterNode.Reg, Integer> apply;
    private RegisterNode.Reg reg;
    private RegisterValues values;
    private Radix radix = Radix.HEX;
    private RegisterBits bits;
    private int focusBit = -1;
    /** Where each row of cells starts (its bit numbers' line), computed for the canvas's width; null if stale. */
    private int[] rowTops;
    private int pressedBit = -1;
    private int hoverBit = -1;

    /**
     * Creates the pane.
     *
     * @param parent where it goes
     * @param highlight the background of bits that changed since the last stop
     * @param apply does what a click on a bit of a register offers (the bit's number, 0 for the least significant)
     */
    RegisterBitsPane(Composite parent, Supplier<Color> highlight, BiConsumer<RegisterNode.Reg, Integer> apply) {
        this.highlight = highlight;
        this.apply = apply;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).spacing(0, 2).applyTo(root);
        title = new Label(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            rowTops = null;
            fitHeight();
        });
        canvas.addListener(SWT.FocusIn, e -> {
            if (focusBit < 0 && reg != null) {
                focusBit = reg.bits() - 1;
            }
            canvas.redraw();
        });
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
        canvas.addTraverseListener(e -> {
            switch (e.detail) {
                case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS, SWT.TRAVERSE_ESCAPE -> e.doit = true;
                default -> e.doit = false; // arrow keys and Enter belong to the bits
            }
        });
        canvas.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                key(e);
            }
        });
        canvas.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseDown(MouseEvent e) {
                if (e.button != 1) {
                    return;
                }
                pressedBit = bitAt(e.x, e.y);
                if (pressedBit >= 0) {
                    focusBit = pressedBit;
                    canvas.setFocus();
                    canvas.redraw();
                }
            }

            @Override
            public void mouseUp(MouseEvent e) {
                int bit = bitAt(e.x, e.y);
                if (e.button == 1 && bit >= 0 && bit == pressedBit && reg != null) {
                    apply.accept(reg, bit);
                }
                pressedBit = -1;
            }
        });
        canvas.addListener(SWT.MouseMove, e -> hover(bitAt(e.x, e.y)));
        canvas.addListener(SWT.MouseExit, e -> hover(-1));
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = focusBit >= 0 && bits != null ? describe(focusBit) : title.getText();
            }
        });
        show(null, null, Radix.HEX);
    }

    /** @return the pane's top control */
    Composite control() {
        return root;
    }

    /** @return the canvas of bit cells */
    Canvas canvas() {
        return canvas;
    }

    /** @return the register shown, or null */
    RegisterNode.Reg register() {
        return reg;
    }

    /** @return the bits shown, or null without a register */
    RegisterBits bits() {
        return bits;
    }

    /** @return the number of the bit with the keyboard focus, or -1 */
    int focusBit() {
        return focusBit;
    }

    /**
     * Shows a register's bits (the selection's).
     *
     * @param register the register, or null for none
     * @param newValues the session's values, or null without a session
     * @param format the register's number format, for the title
     */
    void show(RegisterNode.Reg register, RegisterValues newValues, Radix format) {
        if (register != reg) {
            focusBit = register == null ? -1 : register.bits() - 1;
        }
        reg = newValues == null ? null : register;
        values = newValues;
        radix = format;
        refresh();
    }

    /** Reads the register's bits again (a stop began, a bit was written) and redraws. */
    void refresh() {
        if (root.isDisposed()) {
            return;
        }
        bits = reg == null ? null : RegisterBits.of(reg, values);
        rowTops = null;
        if (reg == null) {
            title.setText("Bits: select a register or a field in the tree above.");
            title.setToolTipText(null);
        } else {
            title.setText(reg.qualifiedName() + " = "
                    + (reg.isWriteOnly() ? RegisterValues.WRITE_ONLY : radix.format(values.value(reg), reg.bits()))
                    + "   Click a bit to toggle it");
            title.setToolTipText("The bits of " + reg.qualifiedName() + ", bit " + (reg.bits() - 1) + " on the left."
                    + "\nA click, or Space or Enter on the focused bit (arrow keys move), toggles a bit with a"
                    + " debugger write; a write-1-to-clear field (underlined in red) is cleared instead."
                    + "\nGrey bits are read-only; - marks write-only bits (their value cannot be read)."
                    + "\nHighlighted: changed since the last stop.");
        }
        fitHeight();
        canvas.redraw();
        if (hoverBit >= 0) {
            canvas.setToolTipText(bits == null || hoverBit >= reg.bits() ? null : describe(hoverBit));
        }
    }

    /** How many bits one row shows: all of them if the cells fit, else half, and so on down to 8. */
    private int perRow() {
        int n = reg == null ? 32 : reg.bits();
        int avail = canvas.getClientArea().width - 2 * MARGIN;
        int per = n;
        while (per > 8 && avail / per < MIN_CELL) {
            per /= 2;
        }
        return per;
    }

    private int cellWidth() {
        return Math.max(MIN_CELL, Math.min(MAX_CELL, (canvas.getClientArea().width - 2 * MARGIN) / perRow()));
    }

    private int lineHeight() {
        GC gc = new GC(canvas);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    /**
     * Lays out the rows of cells for the canvas's width: each row is its bit numbers, its cells and the names of its
     * fields, written across when they fit under their bits and downwards otherwise.
     *
     * @return where each row starts, and one more entry where the last one ends
     */
    private int[] rowTops() {
        if (rowTops != null) {
            return rowTops;
        }
        int per = perRow();
        int rows = reg == null ? 1 : (reg.bits() + per - 1) / per;
        int[] tops = new int[rows + 1];
        int line = lineHeight();
        int cell = cellWidth();
        GC gc = new GC(canvas);
        try {
            int y = MARGIN;
            for (int row = 0; row < rows; row++) {
                tops[row] = y;
                int labels = line + 4;
                if (bits != null) {
                    for (Part part : parts(row, per)) {
                        int width = (part.msb - part.lsb + 1) * cell - 4;
                        int text = gc.textExtent(part.segment.name()).x;
                        if (part.segment.field() != null && text > width) {
                            labels = Math.max(labels, Math.min(MAX_LABEL, text) + 6);
                        }
                    }
                }
                y += (line + 2) + (line + 8) + labels + ROW_GAP;
            }
            tops[rows] = y - ROW_GAP;
        } finally {
            gc.dispose();
        }
        rowTops = tops;
        return tops;
    }

    /** A segment's bits in one row of cells. */
    private record Part(RegisterBits.Segment segment, int msb, int lsb) {
    }

    /** The parts of segments in a row of cells, the most significant first. */
    private java.util.List<Part> parts(int row, int per) {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        int n = reg.bits();
        int rowMsb = n - 1 - row * per;
        int rowLsb = Math.max(0, rowMsb - per + 1);
        for (RegisterBits.Segment s : bits.segments()) {
            int hi = Math.min(s.msb(), rowMsb);
            int lo = Math.max(s.lsb(), rowLsb);
            if (hi >= lo) {
                parts.add(new Part(s, hi, lo));
            }
        }
        return parts;
    }

    private void fitHeight() {
        if (canvas.isDisposed()) {
            return;
        }
        rowTops = null;
        int[] tops = rowTops();
        int height = reg == null ? 4 : tops[tops.length - 1] + MARGIN;
        GridData data = (GridData) canvas.getLayoutData();
        if (data.heightHint != height) {
            data.heightHint = height;
            canvas.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    root.getParent().layout(true, true);
                }
            });
        }
    }

    /**
     * Returns where a bit's cell is drawn.
     *
     * @param index the bit's number
     * @return its bounds in the canvas
     */
    Rectangle cellBounds(int index) {
        int per = perRow();
        int position = reg.bits() - 1 - index;
        int line = lineHeight();
        int x = MARGIN + (position % per) * cellWidth();
        int y = rowTops()[position / per] + line + 2;
        return new Rectangle(x, y, cellWidth(), line + 8);
    }

    /**
     * Finds the bit under a point.
     *
     * @param x in the canvas
     * @param y in the canvas
     * @return its number, or -1
     */
    int bitAt(int x, int y) {
        if (reg == null) {
            return -1;
        }
        for (int i = 0; i < reg.bits(); i++) {
            if (cellBounds(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    private String describe(int index) {
        RegisterBits.Bit b = bits.bit(index);
        return "Bit " + index + " = " + (b.readable() ? (b.set() ? "1" : "0") : "write-only") + ". " + b.why();
    }

    private void hover(int bit) {
        if (bit != hoverBit) {
            hoverBit = bit;
            canvas.setToolTipText(bit < 0 || bits == null ? null : describe(bit));
        }
    }

    private void key(KeyEvent e) {
        if (reg == null) {
            return;
        }
        int n = reg.bits();
        int per = perRow();
        int next = focusBit < 0 ? n - 1 : focusBit;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> next = Math.min(n - 1, next + 1);
            case SWT.ARROW_RIGHT -> next = Math.max(0, next - 1);
            case SWT.ARROW_UP -> next = Math.min(n - 1, next + per);
            case SWT.ARROW_DOWN -> next = Math.max(0, next - per);
            case SWT.HOME -> next = n - 1;
            case SWT.END -> next = 0;
            default -> {
                if (e.character == ' ' || e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                    apply.accept(reg, next);
                    e.doit = false;
                }
                return;
            }
        }
        e.doit = false;
        if (next != focusBit) {
            focusBit = next;
            canvas.redraw();
            canvas.getAccessible().setFocus(org.eclipse.swt.accessibility.ACC.CHILDID_SELF);
        }
    }

    private void paint(GC gc) {
        if (bits == null) {
            return;
        }
        Display d = canvas.getDisplay();
        Color writable = d.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        Color readOnly = d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        Color text = d.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color grid = d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        Color dim = d.getSystemColor(SWT.COLOR_DARK_GRAY);
        int line = gc.getFontMetrics().getHeight();
        int per = perRow();
        for (RegisterBits.Bit b : bits.bits()) {
            Rectangle c = cellBounds(b.index());
            gc.setBackground(b.changed() ? highlight.get()
                    : b.action() == RegisterBits.Action.NONE ? readOnly : writable);
            gc.fillRectangle(c);
            gc.setForeground(grid);
            gc.setLineWidth(1);
            gc.drawRectangle(c.x, c.y, c.width, c.height);
            String number = Integer.toString(b.index());
            Point size = gc.textExtent(number);
            gc.setForeground(dim);
            gc.drawText(number, c.x + (c.width - size.x) / 2, c.y - line - 1, true);
            String value = b.readable() ? (b.set() ? "1" : "0") : "-";
            size = gc.textExtent(value);
            gc.setForeground(b.action() == RegisterBits.Action.NONE || b.field() == null ? dim : text);
            gc.drawText(value, c.x + (c.width - size.x) / 2, c.y + (c.height - size.y) / 2, true);
            if (b.action() == RegisterBits.Action.CLEAR) {
                gc.setForeground(d.getSystemColor(SWT.COLOR_DARK_RED));
                gc.drawLine(c.x + 3, c.y + c.height - 3, c.x + c.width - 3, c.y + c.height - 3);
            }
        }
        // field boundaries and names, split where a field continues on the next row of cells
        gc.setForeground(text);
        int rows = (reg.bits() + per - 1) / per;
        for (int row = 0; row < rows; row++) {
            for (Part part : parts(row, per)) {
                Rectangle left = cellBounds(part.msb);
                Rectangle right = cellBounds(part.lsb);
                int x0 = left.x;
                int x1 = right.x + right.width;
                gc.setLineWidth(2);
                gc.drawLine(x0, left.y - 1, x0, left.y + left.height + 1);
                gc.drawLine(x1, left.y - 1, x1, left.y + left.height + 1);
                gc.setLineWidth(1);
                if (part.segment.field() == null) {
                    continue;
                }
                int y = left.y + left.height + 3;
                if (x1 - x0 > 8) {
                    gc.drawLine(x0 + 3, y, x1 - 3, y);
                }
                String name = part.segment.name();
                if (gc.textExtent(name).x <= x1 - x0 - 4) {
                    gc.drawText(name, x0 + (x1 - x0 - gc.textExtent(name).x) / 2, y + 1, true);
                } else {
                    String shown = fit(gc, name, MAX_LABEL);
                    Transform down = new Transform(d);
                    down.translate(x0 + (x1 - x0 + line) / 2f, y + 2);
                    down.rotate(90);
                    gc.setTransform(down);
                    gc.drawText(shown, 0, 0, true);
                    gc.setTransform(null);
                    down.dispose();
                }
            }
        }
        if (canvas.isFocusControl() && focusBit >= 0 && focusBit < reg.bits()) {
            Rectangle c = cellBounds(focusBit);
            gc.setForeground(text);
            gc.setLineWidth(1);
            gc.drawRectangle(c.x + 2, c.y + 2, c.width - 4, c.height - 4);
            gc.drawFocus(c.x + 1, c.y + 1, c.width - 2, c.height - 2);
        }
    }

    /** The name, shortened with an ellipsis to fit; empty if not even one letter fits. */
    private static String fit(GC gc, String name, int width) {
        if (gc.textExtent(name).x <= width) {
            return name;
        }
        for (int n = name.length() - 1; n >= 1; n--) {
            String shorter = name.substring(0, n) + "\u2026";
            if (gc.textExtent(shorter).x <= width) {
                return shorter;
            }
        }
        return "";
    }
}
