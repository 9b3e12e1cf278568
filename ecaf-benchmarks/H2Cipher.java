import java.sql.*;
import java.nio.file.*;
import java.util.*;

/** Commits N single-row inserts (as eCAF's saves do, WRITE_DELAY=0) and reads them back, plain and with CIPHER=AES. */
public class H2Cipher {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "2000");
        for (int round = 0; round < 3; round++) {
            for (boolean cipher : new boolean[] {false, true}) {
                Path dir = Files.createTempDirectory("h2cipher");
                String url = "jdbc:h2:file:" + dir.resolve("ecaf") + ";WRITE_DELAY=0" + (cipher ? ";CIPHER=AES" : "");
                String password = cipher ? "file-key user" : "user";
                try (Connection c = DriverManager.getConnection(url, "ecaf", password)) {
                    c.createStatement().execute("create table t (id bigint primary key, body varchar(8000))");
                    String body = "x".repeat(4000);
                    long t0 = System.nanoTime();
                    try (PreparedStatement p = c.prepareStatement("insert into t values (?, ?)")) {
                        for (int i = 0; i < n; i++) { p.setLong(1, i); p.setString(2, body + i); p.executeUpdate(); }
                    }
                    long t1 = System.nanoTime();
                    long sum = 0;
                    for (int i = 0; i < 5; i++) {
                        try (ResultSet rs = c.createStatement().executeQuery("select body from t")) { while (rs.next()) sum += rs.getString(1).length(); }
                    }
                    long t2 = System.nanoTime();
                    c.createStatement().execute("shutdown compact");
                    System.out.printf("%s round %d: %d commits %.2f ms each; full read of %d rows %.1f ms%n", cipher ? "AES  " : "plain", round, n,
                            (t1 - t0) / 1e6 / n, n, (t2 - t1) / 1e6 / 5);
                }
            }
        }
    }
}
