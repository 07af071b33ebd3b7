import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import express from 'express';
import { DEV_TEMPLATE_IDS, TEMPLATE_TEXT, type NotificationKind } from '../modules/notifications/notification-templates.js';

/** The body of a Notify send request, as far as the stub reads it. */
interface NotifyRequest {
  email_address?: unknown;
  phone_number?: unknown;
  template_id?: unknown;
  reference?: string | null;
  personalisation?: Record<string, string>;
}

export interface StubMessage {
  id: string;
  type: 'email' | 'sms';
  templateId: string;
  to: string;
  reference: string | null;
  personalisation: Record<string, string>;
  body: string;
  createdAt: string;
}

/** True when `token` is a JWT signed with the secret part of `apiKey`, as GOV.UK Notify requires. */
function validToken(token: string, apiKey: string): boolean {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return false;
  const secret = apiKey.slice(-36);
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, Buffer.from(expected));
}

function render(templateId: string, personalisation: Record<string, string>): string {
  const kind = (Object.keys(DEV_TEMPLATE_IDS) as NotificationKind[]).find((k) => DEV_TEMPLATE_IDS[k] === templateId);
  const text = kind ? TEMPLATE_TEXT[kind].body : '';
  return text.replace(/\(\(([a-z_]+)\)\)/g, (_m, key: string) => personalisation[key] ?? '');
}

/**
 * A local stand-in for GOV.UK Notify's send endpoints, for development and tests: it checks the API key's
 * signature, renders the template, keeps the messages in memory and lists them at GET /v2/notifications
 * (filtered by `reference` and `template_type` as Notify does). Tests make it refuse a recipient through
 * `failures` (recipient to status).
 */
export async function startNotifyStub(port: number, apiKey: string) {
  const messages: StubMessage[] = [];
  /** Recipients the stub refuses on demand, with the status it answers: 400 (permanent) or 500 (passing). */
  const failures = new Map<string, 400 | 500>();
  const app = express();
  app.use(express.json({ limit: '50kb' }));
  app.use((req, res, next) => {
    const token = req.header('authorization')?.replace(/^Bearer /, '') ?? '';
    if (!validToken(token, apiKey)) {
      res.status(403).json({ status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token: signature' }] });
      return;
    }
    next();
  });
  const send = (type: 'email' | 'sms') => (req: express.Request, res: express.Response) => {
    const body = (req.body ?? {}) as NotifyRequest;
    const to = type === 'email' ? body.email_address : body.phone_number;
    const templateId = body.template_id;
    if (typeof to !== 'string' || typeof templateId !== 'string') {
      res.status(400).json({ status_code: 400, errors: [{ error: 'ValidationError', message: 'Missing recipient or template' }] });
      return;
    }
    const failure = failures.get(to);
    if (failure) {
      const error = failure === 400 ? { error: 'ValidationError', message: 'Not a valid recipient' } : { error: 'Exception', message: 'Internal server error' };
      res.status(failure).json({ status_code: failure, errors: [error] });
      return;
    }
    const message: StubMessage = {
      id: randomUUID(),
      type,
      templateId,
      to,
      reference: body.reference ?? null,
      personalisation: body.personalisation ?? {},
      body: render(templateId, body.personalisation ?? {}),
      createdAt: new Date().toISOString(),
    };
    messages.push(message);
    res.status(201).json({ id: message.id, reference: message.reference, content: { body: message.body }, template: { id: message.templateId } });
  };
  app.post('/v2/notifications/email', send('email'));
  app.post('/v2/notifications/sms', send('sms'));
  app.get('/v2/notifications', (req, res) => {
    const { reference, template_type: type } = req.query;
    const listed = messages.filter((m) => (reference === undefined || m.reference === reference) && (type === undefined || m.type === type));
    res.json({ notifications: listed, links: {} });
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://localhost:${typeof address === 'object' && address ? address.port : port}`,
    messages,
    failures,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
