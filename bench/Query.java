import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs one query and prints its rows, one a line, columns separated by tabs (the benchmarks' look-ups and plans).
 * Usage: java -cp postgresql.jar bench/Query.java JDBC_URL USER SQL
 */
public class Query {

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], args[1], "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(args[2])) {
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				StringBuilder line = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					line.append(i > 1 ? "\t" : "").append(rows.getString(i));
				}
				System.out.println(line);
			}
		}
	}
}
