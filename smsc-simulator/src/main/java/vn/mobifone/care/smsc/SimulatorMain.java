package vn.mobifone.care.smsc;

import java.time.Duration;

/**
 * Runs the simulator on its own: {@code java -cp ... vn.mobifone.care.smsc.SimulatorMain
 * [--port 2775] [--receipt-delay-ms 200] [--throttle-above 0] [--ids-per-account]}. Stops on SIGTERM.
 * Its message ids start from the same number on every start, as many SMSCs' do.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = SmscSimulator.DEFAULT_PORT;
        long receiptDelayMs = 200;
        int throttleAbove = 0;
        boolean idsPerAccount = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i));
                case "--receipt-delay-ms" -> receiptDelayMs = Long.parseLong(value(args, ++i));
                case "--throttle-above" -> throttleAbove = Integer.parseInt(value(args, ++i));
                case "--ids-per-account" -> idsPerAccount = true;
                default -> {
                    System.err.println("usage: SimulatorMain [--port 2775] [--receipt-delay-ms 200] [--throttle-above 0] [--ids-per-account]");
                    System.exit(2);
                }
            }
        }
        SmscSimulator simulator = SmscSimulator.start(port, Duration.ofMillis(receiptDelayMs));
        simulator.throttleAbove(throttleAbove);
        simulator.idsPerAccount(idsPerAccount);
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
