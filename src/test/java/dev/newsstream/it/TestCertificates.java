package dev.newsstream.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for localhost (with the subject alternative names that hostname
 * verification checks) in a PKCS12 keystore, and a truststore holding it, made by the JDK's
 * keytool. Passwords are random and reach keytool through its environment, not its command line.
 */
record TestCertificates(Path keystore, String keystorePassword, Path truststore, String truststorePassword) {
    static TestCertificates create(Path dir) throws IOException, InterruptedException {
        String ks = "ks-" + UUID.randomUUID();
        String ts = "ts-" + UUID.randomUUID();
        Path keystore = dir.resolve("broker.p12");
        Path cert = dir.resolve("broker.pem");
        Path truststore = dir.resolve("trust.p12");
        keytool(ks, ts, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass:env", "KS_PASS", "-keypass:env", "KS_PASS");
        keytool(ks, ts, "-exportcert", "-rfc", "-alias", "broker", "-file", cert.toString(),
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass:env", "KS_PASS");
        keytool(ks, ts, "-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass:env", "TS_PASS");
        return new TestCertificates(keystore, ks, truststore, ts);
    }

    private static void keytool(String ks, String ts, String... args) throws IOException, InterruptedException {
        // keytool sits next to the java binary that runs this test
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        List<String> command = new java.util.ArrayList<>(List.of(java.resolveSibling("keytool").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("KS_PASS", ks);
        pb.environment().put("TS_PASS", ts);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
