package org.mmioworkbench.ui.internal.views;

/**
 * The visible part of the physical address space in the Region Map drawing: a window of
 * {@link #span()} bytes from {@link #start()}, inside a domain of {@link #domain()} bytes from 0,
 * zoomable from the whole domain down to one page. Plain arithmetic, no SWT.
 */
public final class AddressViewport {
    private final double domain;
    private final double minimumSpan;
    private double start;
    private double span;

    /**
     * Creates a viewport showing the whole domain.
     *
     * @param domain bytes of address space that can be shown (e.g. 4 GiB)
     * @param minimumSpan the smallest window (one page)
     */
    public AddressViewport(double domain, double minimumSpan) {
        this.domain = domain;
        this.minimumSpan = minimumSpan;
        this.start = 0;
        this.span = domain;
    }

    /** @return the first address shown */
    public double start() {
        return start;
    }

    /** @return the number of bytes shown */
    public double span() {
        return span;
    }

    /** @return the number of bytes that can be shown */
    public double domain() {
        return domain;
    }

    /** Shows the whole domain. */
    public void showAll() {
        start = 0;
        span = domain;
    }

    /**
     * Zooms around an address that stays where it is on screen.
     *
     * @param anchor the address under the pointer (or the centre)
     * @param factor below 1 zooms in, above 1 zooms out
     */
    public void zoom(double anchor, double factor) {
        double newSpan = Math.max(minimumSpan, Math.min(domain, span * factor));
        double fraction = (anchor - start) / span;
        start = anchor - fraction * newSpan;
        span = newSpan;
        clamp();
    }

    /**
     * Moves the window by a fraction of its width.
     *
     * @param fraction e.g. 0.1 to move a tenth to the right (higher addresses)
     */
    public void pan(double fraction) {
        start += fraction * span;
        clamp();
    }

    /**
     * Shows a range with a margin around it.
     *
     * @param base its first address
     * @param size its size in bytes
     */
    public void show(double base, double size) {
        span = Math.max(minimumSpan, Math.min(domain, size * 1.5));
        start = base + size / 2 - span / 2;
        clamp();
    }

    /**
     * Maps an address to a pixel column.
     *
     * @param address the address
     * @param width the drawing's width in pixels
     * @return the column (may lie outside 0..width)
     */
    public double toPixel(double address, int width) {
        return (address - start) / span * width;
    }

    /**
     * Maps a pixel column to an address.
     *
     * @param pixel the column
     * @param width the drawing's width in pixels
     * @return the address under it
     */
    public double toAddress(double pixel, int width) {
        return start + pixel / width * span;
    }

    /**
     * Chooses the distance between axis ticks: a power of 16 (or twice or four times one) that gives
     * between 4 and 16 ticks across the window.
     *
     * @return the tick step in bytes
     */
    public double tickStep() {
        double step = 1;
        while (span / step > 16) {
            step *= 2;
        }
        while (span / step > 8 && step * 2 <= span) {
            step *= 2;
        }
        return step;
    }

    private void clamp() {
        if (start < 0) {
            start = 0;
        }
        if (start + span > domain) {
            start = domain - span;
        }
    }
}
