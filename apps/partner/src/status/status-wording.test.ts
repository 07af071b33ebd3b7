import { describe, expect, it } from 'vitest';
import { wordingFor } from './status-wording';
import { victimStatus } from './test-fixtures';

describe('status wording', () => {
  it('says a service has the details and when it will make contact, once sent', () => {
    const wording = wordingFor(victimStatus({ stage: 'WITH_SERVICE' }));
    expect(wording.headline).toBe('A support service has your details and will contact you by Tuesday 3 March 2026');
    expect(wording.explanation).toContain('Eastshire Stalking Advocacy Service');
    expect(wording.showServiceContact).toBe(true);
  });

  it('says "soon" when there is no contact date', () => {
    expect(wordingFor(victimStatus({ contactBy: null })).headline).toBe(
      'A support service has your details and will contact you soon',
    );
  });

  it('says the service has agreed to help once accepted', () => {
    const wording = wordingFor(victimStatus({ stage: 'ACCEPTED' }));
    expect(wording.headline).toBe('A support service has agreed to help you and will contact you by Tuesday 3 March 2026');
    expect(wording.whatHappensNext[0]).toBe('Eastshire Stalking Advocacy Service will contact you by Tuesday 3 March 2026.');
  });

  it("names the advocate by first name once allocated", () => {
    const wording = wordingFor(victimStatus({ stage: 'ADVOCATE_ALLOCATED', advocateFirstName: 'Priya' }));
    expect(wording.headline).toBe('Priya from Eastshire Stalking Advocacy Service will contact you by Tuesday 3 March 2026');
    expect(wording.whatHappensNext[0]).toBe('Priya will contact you by Tuesday 3 March 2026.');
  });

  it('still reads well when the advocate has not been named', () => {
    const wording = wordingFor(victimStatus({ stage: 'ADVOCATE_ALLOCATED', advocateFirstName: null }));
    expect(wording.headline).toBe('An advocate from Eastshire Stalking Advocacy Service will contact you by Tuesday 3 March 2026');
  });

  it('says who is supporting them once in contact', () => {
    const wording = wordingFor(victimStatus({ stage: 'IN_CONTACT', advocateFirstName: 'Priya', contactBy: null }));
    expect(wording.headline).toBe('Priya from Eastshire Stalking Advocacy Service is supporting you');
    expect(wording.whatHappensNext).toContain('Updates they share with you will appear on this page.');
  });

  it('says support has ended when closed, and where to go next', () => {
    const wording = wordingFor(victimStatus({ stage: 'CLOSED' }));
    expect(wording.headline).toBe('Your support from Eastshire Stalking Advocacy Service has ended');
    expect(wording.whatHappensNext[0]).toContain('police officer dealing with your case');
  });

  it('explains a declined referral without blame and points to the officer', () => {
    const wording = wordingFor(victimStatus({ stage: 'DECLINED' }));
    expect(wording.headline).toBe('The support service was not able to take your referral');
    expect(wording.whatHappensNext[0]).toBe('Talk to the police officer dealing with your case about other support you can get.');
    expect(wording.showServiceContact).toBe(false);
  });

  it('says nobody will contact them once withdrawn', () => {
    const wording = wordingFor(victimStatus({ stage: 'WITHDRAWN' }));
    expect(wording.headline).toBe('Your referral has been stopped');
    expect(wording.explanation).toContain('will not contact you');
    expect(wording.showServiceContact).toBe(false);
  });

  it('falls back to plain words when the service has no name', () => {
    const closed = wordingFor(victimStatus({ stage: 'CLOSED', serviceName: null }));
    expect(closed.headline).toBe('Your support from the support service has ended');
    expect(closed.explanation).toBe('The support service has closed your case.');
    expect(wordingFor(victimStatus({ stage: 'IN_CONTACT', serviceName: null })).headline).toBe(
      'The support service is supporting you',
    );
  });
});
