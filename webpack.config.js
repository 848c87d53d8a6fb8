// The add-in's build: the task pane (taskpane.html, for Excel), the ribbon's function file
// (commands.html) and the standalone host (index.html: the same pane over an in-memory workbook).
// `npm run build` writes dist/addin and prints the pane's initial JavaScript, gzipped.
const path = require('node:path');
const zlib = require('node:zlib');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const webpack = require('webpack');

const OUT = path.resolve(__dirname, 'dist/addin');
/** The pane's initial JavaScript may be at most this many bytes gzipped. */
const PANE_BUDGET = 300 * 1024;

/** Prints each entry's initial JavaScript, gzipped, and writes it to bundle-size.json. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      const sizes = {};
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((f) => f.endsWith('.js'));
        let gzip = 0;
        let raw = 0;
        for (const f of files) {
          const buffer = fs.readFileSync(path.join(compilation.outputOptions.path, f));
          raw += buffer.length;
          gzip += zlib.gzipSync(buffer, { level: 9 }).length;
        }
        sizes[name] = { files, bytes: raw, gzipBytes: gzip };
      }
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(path.join(OUT, 'bundle-size.json'), JSON.stringify({ budgetGzipBytes: PANE_BUDGET, entries: sizes }, null, 2));
      const pane = sizes.taskpane;
      if (pane) {
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        const verdict = pane.gzipBytes <= PANE_BUDGET ? 'within' : 'OVER';
        console.log(`task pane initial JavaScript: ${kb(pane.gzipBytes)} gzipped (${kb(pane.bytes)} minified), ${verdict} the ${kb(PANE_BUDGET)} budget`);
        if (sizes.standalone) console.log(`standalone page initial JavaScript (with ExcelJS): ${kb(sizes.standalone.gzipBytes)} gzipped`);
      }
    });
  }
}

/** office-addin-dev-certs' certificate for https://localhost:3000, or undefined where it cannot be installed. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`No development certificate (${error.message}); the dev server runs on http. Excel needs https: run 'npx office-addin-dev-certs install' where you can.`);
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // DEV_SERVER_HTTP=1: plain http (the standalone page needs no certificate; Excel does)
  const https = serving && !process.env.DEV_SERVER_HTTP ? await httpsOptions() : undefined;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      standalone: './src/standalone/index.tsx',
      // the engine off the pane's thread: a dedicated Web Worker, at a fixed name beside the pages
      'engine-worker': './src/worker/engine.worker.ts',
    },
    output: { path: OUT, filename: (data) => (data.chunk && data.chunk.name === 'engine-worker' ? 'engine-worker.js' : '[name].[contenthash:8].js'), clean: true },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // the CLI helpers the standalone host reuses import node modules only inside functions it never calls
      // (and the solver's loader names node's modules in its Node branch, never taken in a browser)
      fallback: { 'fs/promises': false, path: false, fs: false, crypto: false, module: false },
    },
    optimization: {
      // ExcelJS (standalone page only) comes minified: a chunk of its own that terser leaves alone
      splitChunks: { cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'all', enforce: true } } },
      minimizer: [new TerserPlugin({ exclude: /^exceljs\./, extractComments: false })],
    },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } } } }],
    },
    performance: { hints: false },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: [] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/standalone/standalone.html', chunks: ['standalone'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'samples/programme-sample.xlsx', to: 'programme-sample.xlsx' },
          // the corrections' solver (HiGHS compiled to WebAssembly), loaded by the engine's worker from beside it
          { from: 'node_modules/highs/build/highs.wasm', to: 'highs.wasm' },
        ],
      }),
      ...(production && !serving ? [new BundleSizePlugin()] : []),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'http',
      static: false,
    },
  };
};
