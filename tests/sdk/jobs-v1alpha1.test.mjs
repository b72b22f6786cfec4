// The official Scaleway TypeScript SDK (@scaleway/sdk-jobs v1alpha1, pinned in tools/package.json) driven against
// the self-host, unchanged: every answer goes through the SDK's own unmarshallers and error parser. The test starts
// its own Azurite (in memory) and self-host on free loopback ports and stops both, and only those, at the end.
// Run: node --test tests/sdk/   (after `dotnet build -c Release` and `npm ci --prefix tools`; ./test.sh does both)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { startAzurite, startSelfHost } from './processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireTool = createRequire(path.join(root, 'tools', 'package.json'));
const { createClient, waitForResource, Errors } = requireTool('@scaleway/sdk-client');
const { Jobsv1alpha1 } = requireTool('@scaleway/sdk-jobs');

const secretKey = randomUUID();
const projectId = randomUUID();
const organizationId = randomUUID();
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const duration = /^\d+(\.\d+)?s$/;

let azurite;
let selfHost;
let api;
const definitions = {};
const runs = {};

before(async () => {
  const serverDll = path.join(root, 'server', 'bin', 'Release', 'net10.0', 'ServerlessJobs.Server.dll');
  assert.ok(fs.existsSync(serverDll), `${serverDll} is missing: run dotnet build -c Release first`);
  azurite = await startAzurite(path.join(root, 'tools', 'node_modules', '.bin', 'azurite'));
  selfHost = await startSelfHost(serverDll, azurite.connectionString, { secretKey, projectId, organizationId });
  const client = createClient({
    accessKey: 'SCWXXXXXXXXXXXXXXXXX',
    secretKey,
    defaultProjectId: projectId,
    defaultRegion: 'fr-par',
    apiURL: selfHost.url,
  });
  api = new Jobsv1alpha1.API(client);
});

after(async () => {
  await selfHost?.stop();
  await azurite?.stop();
});

/** Waits with the SDK's own waiter until the run leaves the SDK's transient states (or meets `done`). */
const waitForRun = (jobRunId, done = (run) => !Jobsv1alpha1.JOB_RUN_TRANSIENT_STATUSES.includes(run.state)) =>
  waitForResource(done, api.getJobRun, { jobRunId }, { timeout: 60, minDelay: 1, maxDelay: 2 });

const assertDates = (resource, ...names) => {
  for (const name of names) {
    assert.ok(resource[name] instanceof Date, `${name} is a Date: ${resource[name]}`);
    assert.ok(!Number.isNaN(resource[name].getTime()), `${name} is a valid Date`);
  }
};

test('creates four job definitions', async () => {
  const specs = {
    hello: { command: 'sh -c "echo hello from $SCW_SLS_JOB_RUN_ID"' },
    failing: { command: 'sh -c "exit 3"' },
    sleeper: { command: 'sleep 30' },
    scheduled: { command: 'true', cronSchedule: { schedule: '0 0 29 2 *', timezone: 'Europe/Paris' } },
  };
  for (const [name, spec] of Object.entries(specs)) {
    const created = await api.createJobDefinition({
      name: `sdk-${name}`,
      cpuLimit: 140,
      memoryLimit: 256,
      imageUri: '',
      description: `the ${name} definition`,
      jobTimeout: '600s',
      environmentVariables: { GREETING: 'hi' },
      ...spec,
    });
    assert.match(created.id, uuid);
    assert.equal(created.name, `sdk-${name}`);
    assert.equal(created.command, spec.command);
    assert.equal(created.projectId, projectId);
    assert.equal(created.region, 'fr-par');
    assert.equal(created.jobTimeout, '600s');
    assert.equal(created.localStorageCapacity, 5120);
    assert.deepEqual(created.environmentVariables, { GREETING: 'hi' });
    assertDates(created, 'createdAt', 'updatedAt');
    definitions[name] = created;
  }

  assert.deepEqual(definitions.scheduled.cronSchedule, { schedule: '0 0 29 2 *', timezone: 'Europe/Paris' });
  assert.equal(definitions.hello.cronSchedule, undefined);
});

test('lists definitions by pages of three and through the .all() paginator', async () => {
  const first = await api.listJobDefinitions({ pageSize: 3 });
  const second = await api.listJobDefinitions({ pageSize: 3, page: 2 });
  const all = await api.listJobDefinitions({ pageSize: 3 }).all();

  assert.equal(first.totalCount, 4);
  assert.equal(first.jobDefinitions.length, 3);
  assert.equal(second.jobDefinitions.length, 1);
  assert.deepEqual(all.map((d) => d.id).sort(), Object.values(definitions).map((d) => d.id).sort());
  for (const definition of all) {
    assertDates(definition, 'createdAt', 'updatedAt');
  }
});

test('gets a definition as it was created', async () => {
  const got = await api.getJobDefinition({ jobDefinitionId: definitions.hello.id });

  assert.deepEqual(got, definitions.hello);
});

test('updates a definition', async () => {
  const updated = await api.updateJobDefinition({
    jobDefinitionId: definitions.hello.id,
    description: 'updated through the SDK',
    memoryLimit: 512,
    command: 'sh -c "echo updated"',
  });

  assert.equal(updated.description, 'updated through the SDK');
  assert.equal(updated.memoryLimit, 512);
  assert.equal(updated.command, 'sh -c "echo updated"');
  assert.equal(updated.name, definitions.hello.name);
  assertDates(updated, 'createdAt', 'updatedAt');
  assert.ok(updated.updatedAt >= updated.createdAt);
  definitions.hello = updated;
});

test('starts two replicas and waits until they leave the transient states', async () => {
  const started = await api.startJobDefinition({ jobDefinitionId: definitions.hello.id, replicas: 2 });
  const failing = await api.startJobDefinition({ jobDefinitionId: definitions.failing.id });

  assert.equal(started.jobRuns.length, 2);
  for (const run of started.jobRuns) {
    assert.match(run.id, uuid);
    assert.equal(run.jobDefinitionId, definitions.hello.id);
    assert.ok(Jobsv1alpha1.JOB_RUN_TRANSIENT_STATUSES.includes(run.state), run.state);
    assert.equal(run.command, 'sh -c "echo updated"');
    assertDates(run, 'createdAt');
  }

  runs.hello = await Promise.all(started.jobRuns.map((run) => waitForRun(run.id)));
  [runs.failing] = await Promise.all(failing.jobRuns.map((run) => waitForRun(run.id)));

  for (const run of runs.hello) {
    assert.equal(run.state, 'succeeded');
    assert.equal(run.exitCode, 0);
    assert.equal(run.errorMessage, '');
    assert.match(run.runDuration, duration);
    assertDates(run, 'createdAt', 'updatedAt', 'startedAt', 'terminatedAt');
  }

  assert.equal(runs.failing.state, 'failed');
  assert.equal(runs.failing.exitCode, 3);
  assert.notEqual(runs.failing.errorMessage, '');
});

test('stops a running run, which ends canceled', async () => {
  const [started] = (await api.startJobDefinition({ jobDefinitionId: definitions.sleeper.id })).jobRuns;
  await waitForRun(started.id, (run) => run.state === 'running');

  const stopping = await api.stopJobRun({ jobRunId: started.id });
  runs.stopped = await waitForRun(started.id);

  assert.equal(stopping.state, 'running');
  assert.equal(runs.stopped.state, 'canceled');
  assertDates(runs.stopped, 'terminatedAt');
});

test('lists runs, filtered and through the paginator', async () => {
  const ofHello = await api.listJobRuns({ jobDefinitionId: definitions.hello.id });
  const failed = await api.listJobRuns({ states: ['failed', 'internal_error'] });
  const canceled = await api.listJobRuns({ state: 'canceled' });
  const all = await api.listJobRuns({ pageSize: 1 }).all();

  assert.equal(ofHello.totalCount, 2);
  assert.deepEqual(ofHello.jobRuns.map((r) => r.id).sort(), runs.hello.map((r) => r.id).sort());
  assert.deepEqual(failed.jobRuns.map((r) => r.id), [runs.failing.id]);
  assert.deepEqual(canceled.jobRuns.map((r) => r.id), [runs.stopped.id]);
  assert.equal(all.length, 4);
  for (const run of all) {
    assertDates(run, 'createdAt', 'updatedAt');
  }
});

test('reads jobs resources and limits', async () => {
  const { resources } = await api.listJobsResources();
  const limits = await api.getJobsLimits();

  assert.ok(resources.length > 0);
  for (const resource of resources) {
    assert.ok(Number.isInteger(resource.cpuLimit) && resource.cpuLimit > 0);
    assert.ok(Number.isInteger(resource.memoryLimit) && resource.memoryLimit > 0);
  }
  assert.ok(Number.isInteger(limits.secretsPerJobDefinition));
});

test('raises the typed not-found error for unknown ids', async () => {
  const definitionId = randomUUID();
  const jobRunId = randomUUID();

  await assert.rejects(api.getJobDefinition({ jobDefinitionId: definitionId }), (error) => {
    assert.ok(error instanceof Errors.ResourceNotFoundError, `${error}`);
    assert.equal(error.status, 404);
    assert.equal(error.resource, 'job_definition');
    assert.equal(error.resourceId, definitionId);
    return true;
  });
  await assert.rejects(api.getJobRun({ jobRunId }), Errors.ResourceNotFoundError);
});

test('answers secrets with 501 in Scaleway error shape', async () => {
  await assert.rejects(api.listJobDefinitionSecrets({ jobDefinitionId: definitions.hello.id }), (error) => {
    assert.ok(error instanceof Errors.ScalewayError, `${error}`);
    assert.equal(error.status, 501);
    assert.equal(error.body.type, 'not_implemented');
    return true;
  });
});

test('deletes every definition', async () => {
  for (const definition of Object.values(definitions)) {
    assert.equal(await api.deleteJobDefinition({ jobDefinitionId: definition.id }), undefined);
  }

  const left = await api.listJobDefinitions();

  assert.equal(left.totalCount, 0);
  await assert.rejects(api.getJobDefinition({ jobDefinitionId: definitions.hello.id }), Errors.ResourceNotFoundError);
});
