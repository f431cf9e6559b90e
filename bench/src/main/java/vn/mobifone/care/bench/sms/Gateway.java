package vn.mobifone.care.bench.sms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.mobifone.care.bench.BenchRun;
import vn.mobifone.care.devstack.DevKeys;
import vn.mobifone.care.devstack.DevTokens;
import vn.mobifone.care.devstack.LocalKafka;
import vn.mobifone.care.devstack.LocalPostgres;
import vn.mobifone.care.devstack.Processes;
import vn.mobifone.care.devstack.ServiceProcess;
import vn.mobifone.care.smsc.SmscSimulator;

/**
 * The packaged gateway as a child process on the benchmark's PostgreSQL, Kafka and simulator.
 * {@code -Dbench.service.jvm-options="..."} adds JVM options (e.g. a flight recording, see {@link BenchRun}).
 */
final class Gateway {

    private final Path root;
    private final Path work;
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final DevKeys keys;
    private final SmscSimulator smsc;

    Gateway(Path root, Path work, LocalPostgres postgres, LocalKafka kafka, DevKeys keys, SmscSimulator smsc) {
        this.root = root;
        this.work = work;
        this.postgres = postgres;
        this.kafka = kafka;
        this.keys = keys;
        this.smsc = smsc;
    }

    /** A started, ready gateway; closing it stops it cleanly (in-flight work is finished and recorded). */
    final class Running implements AutoCloseable {
        final int httpPort;
        final String token;
        private final ServiceProcess process;

        private Running(int httpPort, ServiceProcess process) {
            this.httpPort = httpPort;
            this.process = process;
            this.token = "Bearer " + new DevTokens(keys).mint("integration", "bench");
        }

        /** CPU time the gateway's JVM used so far (see {@link ServiceProcess#cpu()}). */
        Duration cpu() {
            return process.cpu();
        }

        @Override
        public void close() {
            process.close();
        }
    }

    /**
     * @param delivering false to only take messages in (care.sms.dispatch.enabled=false)
     * @param options    further system properties of the gateway, e.g. {@code -Dcare.sms.intake.group-commit=false}
     */
    Running launch(boolean delivering, String name, String... options) throws Exception {
        int httpPort = Processes.freePort();
        Map<String, String> env = ServiceProcess.stackEnvironment(postgres, kafka, keys);
        env.put("SMSC_HOST", "127.0.0.1");
        env.put("SMSC_PORT", Integer.toString(smsc.port()));
        Path log = work.resolve("sms-gateway-" + name + ".log");
        System.out.println("gateway log: " + log);
        Running running = new Running(httpPort, ServiceProcess.launch(root, "sms-gateway-service", httpPort, env,
                BenchRun.serviceJvmOptions(name, jvmOptions(delivering, options)), log));
        try {
            running.process.awaitReady(Duration.ofMinutes(3));
            awaitBound(delivering);
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    private static String[] jvmOptions(boolean delivering, String... options) {
        String[] all = new String[3 + options.length];
        all[0] = "-Xmx512m";
        all[1] = "-XX:+UseParallelGC";
        all[2] = "-Dcare.sms.dispatch.enabled=" + delivering;
        System.arraycopy(options, 0, all, 3, options.length);
        return all;
    }

    /** Ready is not enough for a delivering gateway: the measurement starts once its bind is up. */
    private void awaitBound(boolean delivering) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (delivering && smsc.boundSessions() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The gateway did not bind to the SMSC simulator");
            }
            Thread.sleep(100);
        }
    }
}
