/**
 * The workbench side of the driver debugger: the MMIO Driver launch configuration's tabs and Run As / Debug As
 * shortcut, the driver-code editor with breakpoints toggled in its ruler, the labels and source lookup of the debug
 * model, the Step Back / Run Back commands (Shift+F6, Shift+F8; in the Run menu and the debug toolbar), and Go Back to
 * This Event in the Access Trace view's context menu (Ctrl+Enter there), which finds the launch that runs on the
 * selected event's session through adapters, so the view bundle has no debugger logic. Thin:
 * every action is a call into {@code org.mmioworkbench.debug.core}, which calls the headless engine.
 */
package org.mmioworkbench.debug.ui;
