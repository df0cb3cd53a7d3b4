package io.github.zitadelstarter.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's HTTP server on a free loopback port that the test server answers on, with
 * daemon threads, so that a server a test forgets to close does not keep the JVM alive.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class LoopbackHttpServer implements AutoCloseable {

	static {
		// The JDK server writes headers and body in separate packets; with Nagle's
		// algorithm on, each answer then waits for the client's delayed ACK (tens of
		// milliseconds). Read once, when the first JDK HTTP server is created.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final HttpServer httpServer;

	private final ExecutorService executor;

	LoopbackHttpServer() {
		try {
			this.httpServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open a loopback port for the ZITADEL test server", ex);
		}
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "zitadel-test-server");
			thread.setDaemon(true);
			return thread;
		});
		this.httpServer.setExecutor(this.executor);
	}

	/**
	 * Return the origin of the port, such as {@code http://127.0.0.1:51234}.
	 */
	URI origin() {
		return URI.create("http://127.0.0.1:" + this.httpServer.getAddress().getPort());
	}

	/**
	 * Answer every request with the given handler once started.
	 */
	void handle(HttpHandler handler) {
		this.httpServer.createContext("/", handler);
	}

	void start() {
		this.httpServer.start();
	}

	@Override
	public void close() {
		this.httpServer.stop(0);
		this.executor.shutdownNow();
	}

}
