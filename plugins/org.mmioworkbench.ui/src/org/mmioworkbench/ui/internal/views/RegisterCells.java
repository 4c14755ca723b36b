package org.mmioworkbench.ui.internal.views;

import static org.mmioworkbench.ui.internal.views.RegisterEditorView.ACCESS;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.ADDRESS;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.DESCRIPTION;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.NAME;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.RESET;
import static org.mmioworkbench.ui.internal.views.RegisterEditorView.VALUE;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.inspect.NumberFormats;
import org.mmioworkbench.core.inspect.Radix;
import org.mmioworkbench.core.inspect.RegisterNode;
import org.mmioworkbench.core.inspect.RegisterValues;
import org.mmioworkbench.core.inspect.SideEffects;
import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;
import org.mmioworkbench.ui.internal.preferences.MmioPreferences;

/**
 * What the Register Editor's cells show: the text, background, checkbox image and tooltip of each row,
 * in the row's number format ({@link NumberFormats}: its own, else its nearest ancestor's, else the view's), with
 * values from the session's {@link RegisterValues}. It owns the checkbox images; {@link #dispose()} frees them.
 */
final class RegisterCells {
    /** The text of a value whose bits all read as 0 because they are write-only. */
    static final String WRITE_ONLY = RegisterValues.WRITE_ONLY;
    private static final RGB WRITE_ONLY_GREY = new RGB(0x80, 0x80, 0x80);

    private final Image checked = image("/icons/checked.png");
    private final Image unchecked = image("/icons/unchecked.png");
    private final Image sideEffect = image("/icons/side_effect.png");
    private Radix radix = Radix.HEX;
    private NumberFormats formats = new NumberFormats();
    private RegisterValues values;
    private Color highlight = new Color(MmioPreferences.DEFAULT_HIGHLIGHT);

    private static Image image(String path) {
        return ImageDescriptor.createFromURL(RegisterCells.class.getResource(path)).createImage();
    }

    /** @return the view's number format: that of rows for which neither they nor an ancestor chose one */
    Radix radix() {
        return radix;
    }

    /**
     * Returns the number format of a row's values.
     *
     * @param node a row
     * @return its own format, else its nearest ancestor's, else the view's
     */
    Radix radixOf(RegisterNode node) {
        return formats.of(node, radix);
    }

    /** @return the formats chosen per row for the board shown */
    NumberFormats formats() {
        return formats;
    }

    /** @param newFormats the formats chosen per row for the board shown */
    void setFormats(NumberFormats newFormats) {
        formats = newFormats;
    }

    /** @param newRadix the number format of values */
    void setRadix(Radix newRadix) {
        radix = newRadix;
    }

    /** @return the values of the session shown, or null without a session */
    RegisterValues values() {
        return values;
    }

    /** @param newValues the values of the session shown, or null without a session */
    void setValues(RegisterValues newValues) {
        values = newValues;
    }

    /** @return the background of values that changed since the last stop */
    Color highlight() {
        return highlight;
    }

    /** @param rgb the background of values that changed since the last stop */
    void setHighlight(RGB rgb) {
        highlight = new Color(rgb);
    }

    /**
     * Returns the label provider of a column.
     *
     * @param column one of the view's column constants
     * @return its label provider
     */
    ColumnLabelProvider labels(int column) {
        return new Labels(column);
    }

    /**
     * Returns what a cell shows.
     *
     * @param node the row
     * @param column one of the view's column constants
     * @return the text; values are read without side effects
     */
    String text(RegisterNode node, int column) {
        if (node instanceof RegisterNode.Device d) {
            return switch (column) {
                case NAME -> d.name();
                case ADDRESS -> address(d.window().base());
                case DESCRIPTION -> oneLine(d.description());
                default -> "";
            };
        }
        if (node instanceof RegisterNode.Cluster c) {
            return switch (column) {
                case NAME -> c.name();
                case ADDRESS -> address(c.device().window().base() + c.offset()) + "  +" + offset(c.offset());
                case DESCRIPTION -> c.description();
                default -> "";
            };
        }
        Radix radix = radixOf(node);
        if (node instanceof RegisterNode.Reg r) {
            Register reg = r.register();
            return switch (column) {
                case NAME -> r.name();
                case ADDRESS -> address(r.address()) + "  +" + offset(reg.offset());
                case VALUE -> values.text(r, radix);
                case ACCESS -> r.access().svdName();
                case RESET -> radix.format(reg.resetValue(), r.bits());
                default -> oneLine(r.description());
            };
        }
        RegisterNode.Field f = (RegisterNode.Field) node;
        Register.Field field = f.field();
        return switch (column) {
            case NAME -> f.name();
            case ADDRESS -> f.bitRange();
            case VALUE -> values.text(f, radix);
            case ACCESS -> f.access().svdName();
            case RESET -> RegisterValues.withName(f, field.get(f.register().register().resetValue()), radix);
            default -> oneLine(f.description());
        };
    }

    /**
     * Returns the background of a row's value: the highlight if it changed since the last stop.
     *
     * @param node the row
     * @return the highlight, or null for the tree's own background
     */
    Color background(RegisterNode node) {
        if (values == null) {
            return null;
        }
        return values.changed(node) ? highlight : null;
    }

    /**
     * Returns a row's tooltip: what it is, where, and its description; a field's named values too.
     *
     * @param node the row
     * @return the tooltip text
     */
    String tooltip(RegisterNode node) {
        Radix radix = radixOf(node);
        StringBuilder b = new StringBuilder();
        String effects = SideEffects.of(node);
        if (effects != null) {
            b.append(effects).append("\n\n");
        }
        if (node instanceof RegisterNode.Device d) {
            b.append(d.name()).append(" at ").append(address(d.window().base())).append(", ")
                    .append(d.window().size()).append(" bytes\n").append(d.description());
        } else if (node instanceof RegisterNode.Cluster c) {
            b.append(c.device().name()).append('.').append(c.name()).append('\n').append(c.description());
        } else if (node instanceof RegisterNode.Reg r) {
            b.append(r.device().name()).append('.').append(r.register().name()).append(" (").append(r.bits())
                    .append(" bits, ").append(r.access().svdName()).append(")\n").append(r.description());
            if (values != null && !r.isWriteOnly()) {
                b.append(inEveryFormat(values.value(r), r.bits(), radix));
            }
        } else if (node instanceof RegisterNode.Field f) {
            b.append(f.register().register().name()).append('.').append(f.name()).append(' ').append(f.bitRange())
                    .append(" (").append(f.access().svdName()).append(")\n").append(f.description());
            if (values != null && !f.isWriteOnly()) {
                b.append(inEveryFormat(values.fieldValue(f).getAsLong(), f.bits(), radix));
            }
            for (SvdEnumeration e : f.field().svd().enumerations()) {
                for (SvdEnumeratedValue v : e.values()) {
                    b.append("\n  ").append(v.isDefault() ? "other" : radix.format(v.value(), f.bits())).append(" = ")
                            .append(v.name()).append(v.description().isBlank() ? "" : ": " + v.description());
                }
            }
        }
        return b.toString().strip();
    }

    /** The value in every format, so that a glance at the tooltip converts it; the row's own format first. */
    private static String inEveryFormat(long value, int bits, Radix own) {
        StringBuilder b = new StringBuilder("\n\nValue: ").append(own.format(value, bits));
        for (Radix r : Radix.values()) {
            if (r != own) {
                b.append("\n  ").append(r.title()).append(": ").append(r.format(value, bits));
            }
        }
        b.append("\n(Number Format in the context menu chooses this row's format)");
        return b.toString();
    }

    /** Frees the checkbox images. */
    void dispose() {
        checked.dispose();
        unchecked.dispose();
        sideEffect.dispose();
    }

    private static String address(long physical) {
        return (physical >>> 32) == 0 ? String.format("0x%08X", physical) : String.format("0x%016X", physical);
    }

    private static String offset(long offset) {
        return String.format("0x%03X", offset);
    }

    private static String oneLine(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 199) + "\u2026" : t;
    }

    /** Label provider of one column. */
    private final class Labels extends ColumnLabelProvider {
        private final int column;

        Labels(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return element instanceof RegisterNode n && values != null ? text(n, column) : "";
        }

        @Override
        public Image getImage(Object element) {
            if (column == NAME && element instanceof RegisterNode n && SideEffects.of(n) != null) {
                return sideEffect; // before a user acts: a read or a write of it is not plain
            }
            if (column == VALUE && element instanceof RegisterNode.Field f && f.isFlag() && values != null
                    && !f.isWriteOnly()) {
                return f.field().get(values.value(f.register())) != 0 ? checked : unchecked;
            }
            return null;
        }

        @Override
        public Color getBackground(Object element) {
            return element instanceof RegisterNode n ? background(n) : null;
        }

        @Override
        public Color getForeground(Object element) {
            if (column == VALUE && element instanceof RegisterNode n && values != null
                    && WRITE_ONLY.equals(text(n, VALUE))) {
                return new Color(WRITE_ONLY_GREY);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof RegisterNode n ? tooltip(n) : null;
        }
    }
}
