import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCREENING_INSTRUMENT,
  SCREENING_INSTRUMENTS,
  screeningInstrument,
  SDASH_2009,
  SDASH_QUESTION_COUNT,
  SDASH_QUESTIONS,
  SPECIALIST_INSTRUMENTS,
} from './questionnaires.js';

describe('the screening checklists', () => {
  it('finds a checklist by instrument and version, and nothing for an unknown one', () => {
    expect(screeningInstrument('S-DASH', '2009')).toBe(SDASH_2009);
    expect(screeningInstrument('S-DASH', '2010')).toBeUndefined();
    expect(screeningInstrument('SASH', '2009')).toBeUndefined();
  });

  it('starts new screenings on the S-DASH (2009) checklist', () => {
    expect(DEFAULT_SCREENING_INSTRUMENT).toEqual({ instrument: 'S-DASH', version: '2009' });
    const current = screeningInstrument(DEFAULT_SCREENING_INSTRUMENT.instrument, DEFAULT_SCREENING_INSTRUMENT.version);
    expect(current?.questions).toBe(SDASH_QUESTIONS);
  });

  it('asks the 11 S-DASH questions, numbered in order', () => {
    expect(SDASH_QUESTION_COUNT).toBe(11);
    expect(SDASH_QUESTIONS.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('keeps the keys stored answers use', () => {
    expect(SDASH_QUESTIONS.map((q) => q.key)).toEqual([
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
    ]);
  });

  it('uses the published wording, with "the suspect" for the bracketed name', () => {
    expect(SDASH_QUESTIONS.slice(0, 3).map((q) => q.text)).toEqual([
      'Is the victim very frightened?',
      'Is there a previous domestic abuse and/or stalking or harassment history? (this victim and/or other victims)',
      'Does the suspect vandalise or destroy property?',
    ]);
    for (const question of SDASH_QUESTIONS) {
      expect(question.text).not.toMatch(/name of|stalker\(s\)|\.\.\.|…/);
      expect(question.text).toMatch(/\?( \([^)]+\))?$/);
    }
  });

  it('gives every checklist a unique key per question, under its own instrument and version', () => {
    for (const [instrument, versions] of Object.entries(SCREENING_INSTRUMENTS)) {
      for (const [version, checklist] of Object.entries(versions)) {
        expect({ instrument: checklist.instrument, version: checklist.version }).toEqual({ instrument, version });
        expect(new Set(checklist.questions.map((q) => q.key)).size).toBe(checklist.questions.length);
        expect(checklist.source).toMatch(/\w/);
      }
    }
  });

  it('lists licensed instruments by name only, never with their items', () => {
    expect(SPECIALIST_INSTRUMENTS.values).toEqual(['SASH', 'STALKING_RISK_PROFILE']);
    for (const instrument of SPECIALIST_INSTRUMENTS.values) expect(SCREENING_INSTRUMENTS[instrument]).toBeUndefined();
  });
});
