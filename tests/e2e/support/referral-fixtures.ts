import { LanternApi } from './api';
import { uniqueCrimeReference, uniqueSurname } from './test-data';

export const EASTSHIRE_ADVOCACY = 'Eastshire Stalking Advocacy Service';

const FIELDS = 'id reference version status crimeReference';
interface Made {
  id: string;
  reference: string;
  version: number;
  status: string;
  crimeReference: string;
}

export interface ReferralMade extends Made {
  victimSurname: string;
}

const SDASH = [
  'VERY_FRIGHTENED',
  'PREVIOUS_ABUSE_HISTORY',
  'PROPERTY_DAMAGED',
  'TURNED_UP_UNANNOUNCED',
  'FOLLOWED_OR_LOITERED',
  'THREATENED_VIOLENCE',
  'HARASSED_THIRD_PARTIES',
  'VIOLENT_TO_OTHERS',
  'ENGAGED_OTHERS',
  'SUBSTANCE_OR_MENTAL_HEALTH',
  'CRIMINAL_HISTORY',
];

async function serviceId(api: LanternApi, name: string): Promise<string> {
  const data = await api.graphql<{ serviceDirectory: Array<{ id: string; name: string }> }>(
    'query { serviceDirectory(area: "Eastshire North") { id name } }',
  );
  const service = data.serviceDirectory.find((s) => s.name === name);
  if (!service) throw new Error(`No service called ${name} covers Eastshire North`);
  return service.id;
}

export interface MakeReferralOptions {
  /** How far to go: the crime, victim and S-DASH only; every section; or sent (default). */
  upTo?: 'screening' | 'complete' | 'sent';
  /** Consent given (default), or the no-consent path awaiting a supervisor. */
  consent?: boolean;
}

/**
 * Makes a referral as the Eastshire officer through the API, with a unique crime reference and victim
 * surname: by default complete and sent to the Eastshire Stalking Advocacy Service with consent.
 */
export async function makeReferral(options: MakeReferralOptions = {}): Promise<ReferralMade> {
  const { upTo = 'sent', consent = true } = options;
  const officer = await LanternApi.signIn('eastshireOfficer');
  try {
    const victimSurname = uniqueSurname();
    let made = (
      await officer.graphql<{ createReferral: Made }>(`mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${FIELDS} } }`, {
        input: {
          idempotencyKey: `e2e-${crypto.randomUUID()}`,
          crimeReference: uniqueCrimeReference(),
          reportedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
          offenceClassifications: ['STALKING_S2A'],
          fourIndicators: ['FIXATED', 'UNWANTED', 'REPEATED'],
          suspectRelationship: 'EX_INTIMATE_PARTNER',
          victim: {
            firstName: 'Alex',
            lastName: victimSurname,
            area: 'Eastshire North',
            safeContact: { phone: '07700 900 456', voicemailSafe: false, preferredMethod: 'PHONE_CALL', safeTimes: 'Weekday mornings' },
            interpreterNeeded: false,
          },
        },
      })
    ).createReferral;
    const step = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
      const data = await officer.graphql<Record<string, Made>>(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${FIELDS} } }`, {
        input: { referralId: made.id, expectedVersion: made.version, ...input },
      });
      made = data[mutation];
    };
    await step('recordRiskScreening', 'RecordRiskScreeningInput', {
      answers: SDASH.map((question, index) => ({ question, answer: index < 4 ? 'YES' : 'NO' })),
      riskLevel: 'MEDIUM',
    });
    if (upTo === 'screening') return { ...made, victimSurname };
    const service = await serviceId(officer, EASTSHIRE_ADVOCACY);
    if (consent) {
      await step('recordConsent', 'RecordConsentInput', {
        given: true,
        givenBy: 'The victim',
        givenAt: new Date(Date.now() - 60_000).toISOString(),
        method: 'VERBAL',
        whatVictimWasTold: 'What the service does and that they can change their mind',
        namedServiceId: service,
        purposes: ['SPECIALIST_ADVOCACY'],
        victimAwareOfReferral: true,
      });
    } else {
      await step('recordConsent', 'RecordConsentInput', {
        given: false,
        victimAwareOfReferral: false,
        withoutConsent: { reason: 'The victim is too frightened to engage', safeguardingBasis: 'Risk of serious harm' },
      });
    }
    await step('recordStalkingProtectionOrder', 'RecordProtectiveOrderInput', { considered: false, decision: 'NOT_CONSIDERED' });
    if (upTo === 'sent') await step('submitReferral', 'SubmitReferralInput', { partnerServiceId: service });
    return { ...made, victimSurname };
  } finally {
    await officer.dispose();
  }
}

/**
 * The Eastshire service accepts the referral, allocates it to an advocate, and the advocate posts an update
 * that needs police action (urgent for the officer until acknowledged).
 */
export async function postUrgentUpdate(referralId: string, text: string): Promise<void> {
  const manager = await LanternApi.signIn('eastshireManager');
  const advocate = await LanternApi.signIn('eastshireAdvocate');
  try {
    const read = async () =>
      (await manager.graphql<{ referral: { version: number } }>('query ($id: ID!) { referral(id: $id) { version } }', { id: referralId })).referral.version;
    await manager.graphql('mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { id } }', {
      input: { referralId, expectedVersion: await read() },
    });
    const advocates = await manager.graphql<{ advocates: Array<{ id: string; email: string }> }>('query { advocates { id email } }');
    const advocateId = advocates.advocates.find((a) => a.email === 'advocate@eastshire-advocacy.test')?.id;
    await manager.graphql('mutation ($input: AllocateReferralInput!) { allocateReferral(input: $input) { id } }', {
      input: { referralId, expectedVersion: await read(), advocateId },
    });
    const version = (await advocate.graphql<{ referral: { version: number } }>('query ($id: ID!) { referral(id: $id) { version } }', { id: referralId })).referral
      .version;
    await advocate.graphql('mutation ($input: PostSafeguardingUpdateInput!) { postSafeguardingUpdate(input: $input) { id } }', {
      input: {
        referralId,
        expectedVersion: version,
        idempotencyKey: `e2e-${crypto.randomUUID()}`,
        kind: 'NEW_INCIDENT',
        text,
        needsPoliceAction: true,
        visibleToVictim: false,
      },
    });
  } finally {
    await manager.dispose();
    await advocate.dispose();
  }
}

/** Changes a draft's circumstances as the officer through the API, as a colleague editing it would. */
export async function editDraftElsewhere(referralId: string, circumstances: string): Promise<void> {
  const officer = await LanternApi.signIn('eastshireOfficer');
  try {
    const { referral } = await officer.graphql<{ referral: { version: number } }>('query ($id: ID!) { referral(id: $id) { version } }', { id: referralId });
    await officer.graphql('mutation ($input: UpdateReferralInput!) { updateReferral(input: $input) { id } }', {
      input: { referralId, expectedVersion: referral.version, circumstances },
    });
  } finally {
    await officer.dispose();
  }
}
