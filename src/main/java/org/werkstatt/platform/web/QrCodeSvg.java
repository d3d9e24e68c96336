package org.werkstatt.platform.web;

import io.nayuki.qrcodegen.QrCode.Ecc;

/**
 * A QR code as SVG, drawn as one path of squares; readable from the back of a room when large. Used for the live
 * wall's join code and the product show's offer links.
 */
public final class QrCodeSvg {

	private static final int BORDER = 4;

	private QrCodeSvg() {
	}

	/** The code for {@code text}, with {@code label} as its accessible name. */
	public static String of(String text, String label) {
		io.nayuki.qrcodegen.QrCode code = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
		int size = code.size + BORDER * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < code.size; y++) {
			for (int x = 0; x < code.size; x++) {
				if (code.getModule(x, y)) {
					path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
				}
			}
		}
		return """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="%s" shape-rendering="crispEdges">\
				<title>%s</title><rect width="100%%" height="100%%" fill="#fff"/><path d="%s" fill="#000"/></svg>"""
			.formatted(size, size, escape(label), escape(label), path);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
