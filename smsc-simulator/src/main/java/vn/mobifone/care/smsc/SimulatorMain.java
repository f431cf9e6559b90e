package vn.mobifone.care.smsc;

import java.time.Duration;

/**
 * Runs the simulator on its own: {@code java -cp ... vn.mobifone.care.smsc.SimulatorMain
 * [--port 2775] [--receipt-delay-ms 200] [--throttle-above 0]}. Stops on SIGTERM.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = SmscSimulator.DEFAULT_PORT;
        long receiptDelayMs = 200;
        int throttleAbove = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--receipt-delay-ms" -> receiptDelayMs = Long.parseLong(value(args, ++i));
                case "--throttle-above" -> throttleAbove = Integer.parseInt(value(args, ++i));
                default -> {
                    System.err.println("usage: SimulatorMain [--port 2775] [--receipt-delay-ms 200] [--throttle-above 0]");
                    System.exit(2);
                }
            }
        }
        SmscSimulator simulator = SmscSimulator.start(port, Duration.ofMillis(receiptDelayMs));
        simulator.throttleAbove(throttleAbove);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "smsc-stop"));
        System.out.printf("SMSC simulator listening on SMPP port %d (receipts after %d ms)%n", simulator.port(), receiptDelayMs);
        Thread.currentThread().join();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing value after " + args[index - 1]);
        }
        return args[index];
    }
}
