package io.github.zitadelstarter.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;

/**
 * A loopback server in front of another one: an HTTP proxy that sends whatever it is
 * asked for to that server, or a TLS endpoint that forwards the decrypted traffic to it.
 */
final class LoopbackForwarder implements AutoCloseable {

	private final ServerSocket serverSocket;

	private final URI upstream;

	private final boolean proxy;

	private final List<String> proxiedTargets = new CopyOnWriteArrayList<>();

	private LoopbackForwarder(ServerSocket serverSocket, URI upstream, boolean proxy) {
		this.serverSocket = serverSocket;
		this.upstream = upstream;
		this.proxy = proxy;
		Thread acceptor = new Thread(this::accept, "loopback-forwarder");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Start an HTTP proxy (CONNECT and absolute-form requests) that connects every
	 * request, whatever its target, to the given server.
	 */
	static LoopbackForwarder httpProxy(URI upstream) throws IOException {
		return new LoopbackForwarder(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), upstream, true);
	}

	/**
	 * Start a TLS endpoint with the given server identity that forwards to the given
	 * plain HTTP server.
	 */
	static LoopbackForwarder tls(URI upstream, SSLContext sslContext) throws IOException {
		return new LoopbackForwarder(
				sslContext.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()),
				upstream, false);
	}

	int port() {
		return this.serverSocket.getLocalPort();
	}

	/**
	 * Return the targets that clients asked the proxy for: a host and port for CONNECT,
	 * an absolute URI otherwise.
	 */
	List<String> proxiedTargets() {
		return this.proxiedTargets;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket client = this.serverSocket.accept();
				Thread connection = new Thread(() -> forward(client), "loopback-forwarder-connection");
				connection.setDaemon(true);
				connection.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void forward(Socket client) {
		try (client; Socket server = new Socket(this.upstream.getHost(), this.upstream.getPort())) {
			if (this.proxy) {
				byte[] head = readHead(client.getInputStream());
				String[] requestLine = new String(head, StandardCharsets.ISO_8859_1).split("\r\n", 2)[0].split(" ");
				this.proxiedTargets.add(requestLine[1]);
				if (requestLine[0].equals("CONNECT")) {
					client.getOutputStream()
						.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				else {
					server.getOutputStream().write(head);
				}
			}
			Thread upstreamToClient = new Thread(() -> copy(server, client), "loopback-forwarder-copy");
			upstreamToClient.setDaemon(true);
			upstreamToClient.start();
			copy(client, server);
			upstreamToClient.join();
		}
		catch (IOException ex) {
			// The client or the server went away: nothing left to forward.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static byte[] readHead(InputStream input) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
		while (matched < end.length) {
			int next = input.read();
			if (next == -1) {
				throw new IOException("Connection closed before the end of the request head");
			}
			head.write(next);
			matched = (next == end[matched]) ? matched + 1 : ((next == end[0]) ? 1 : 0);
		}
		return head.toByteArray();
	}

	private static void copy(Socket from, Socket to) {
		try {
			InputStream input = from.getInputStream();
			OutputStream output = to.getOutputStream();
			input.transferTo(output);
			to.shutdownOutput();
		}
		catch (IOException | UnsupportedOperationException ex) {
			try {
				to.close();
			}
			catch (IOException closing) {
				throw new UncheckedIOException(closing);
			}
		}
	}

}
