package org.nnplay;

public final class Launcher {
    public static void main(String[] args) { System.out.println("hi " + Runtime.version()); }
}
