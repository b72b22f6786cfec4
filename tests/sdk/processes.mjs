// Starts and stops the processes the SDK test talks to: Azurite in memory and the self-host, each on free loopback
// ports. Each handle stops only the process it started; nothing here looks for other processes.

import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const accountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const started = new Set();

// A test runner that dies mid-way still takes its children with it.
process.on('exit', () => {
  for (const child of started) {
    child.kill('SIGKILL');
  }
});

/** A loopback port nobody listens on right now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Azurite (blob, queue, table) in memory; resolves once all three ports accept connections. */
export async function startAzurite(azuriteBin) {
  const [blob, queue, table] = [await freePort(), await freePort(), await freePort()];
  const child = launch(azuriteBin, [
    '--silent', '--inMemoryPersistence', '--skipApiVersionCheck', '--loose', '--disableTelemetry',
    '--blobPort', `${blob}`, '--queuePort', `${queue}`, '--tablePort', `${table}`,
  ], {});
  for (const port of [blob, queue, table]) {
    await until(child, () => canConnect(port), 30_000, `Azurite on port ${port}`);
  }

  const endpoint = (port) => `http://127.0.0.1:${port}/devstoreaccount1`;
  return {
    connectionString: 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
      `AccountKey=${accountKey};BlobEndpoint=${endpoint(blob)};QueueEndpoint=${endpoint(queue)};` +
      `TableEndpoint=${endpoint(table)};`,
    stop: () => stop(child),
  };
}

/** Starts the self-host from its build output; resolves once it answers HTTP. */
export async function startSelfHost(serverDll, storage, key) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = launch('dotnet', [serverDll], {
    cwd: path.dirname(serverDll),
    env: {
      ...process.env,
      AzureWebJobsStorage: storage,
      Urls: url,
      Auth__ApiKeys__0__SecretKey: key.secretKey,
      Auth__ApiKeys__0__ProjectId: key.projectId,
      Auth__ApiKeys__0__OrganizationId: key.organizationId,
      Logging__LogLevel__Default: 'Warning',
    },
  });
  const probe = async () => {
    try {
      const response = await fetch(`${url}/serverless-jobs/v1alpha1/regions/fr-par/jobs-limits`, {
        headers: { 'X-Auth-Token': key.secretKey },
      });
      return response.ok;
    } catch {
      return false;
    }
  };
  await until(child, probe, 90_000, `the self-host at ${url}`);
  return { url, stop: () => stop(child) };
}

function launch(command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-8_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
  });
  child.exited.then(() => started.delete(child));
  started.add(child);
  return child;
}

async function until(child, ready, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let exit;
  child.exited.then((value) => {
    exit = value;
  });
  while (Date.now() < deadline) {
    if (exit) {
      throw new Error(`${what} exited (${JSON.stringify(exit)}) before it was ready:\n${child.output}`);
    }

    if (await ready()) {
      return;
    }

    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  await stop(child);
  throw new Error(`${what} was not ready within ${timeoutMs} ms:\n${child.output}`);
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Asks the process to stop, then kills it if it has not exited after five seconds. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }

  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await child.exited;
  clearTimeout(timer);
}
