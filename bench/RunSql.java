import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Runs an SQL script against a database, as one batch of statements (the benchmarks' seed data).
 * Usage: java -cp postgresql.jar bench/RunSql.java JDBC_URL USER SCRIPT
 */
public class RunSql {

	public static void main(String[] args) throws Exception {
		String script = Files.readString(Path.of(args[2]));
		long start = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(args[0], args[1], "");
				Statement statement = connection.createStatement()) {
			statement.execute(script);
		}
		System.out.printf("%s done in %d ms%n", args[2], (System.nanoTime() - start) / 1_000_000);
	}
}
