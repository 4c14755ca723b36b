/**
 * The workbench side of the driver debugger: the MMIO Driver launch configuration's tabs and Run As / Debug As
 * shortcut, the driver-code editor with breakpoints toggled in its ruler, the labels and source lookup of the debug
 * model, and the Step Back / Run Back commands (Shift+F6, Shift+F8; in the Run menu and the debug toolbar). Thin:
 * every action is a call into {@code org.mmioworkbench.debug.core}, which calls the headless engine.
 */
package org.mmioworkbench.debug.ui;
