import { PROFILE_DESCRIPTIONS, PROFILES, type Profile } from '../../shared/domain/profile';
import { listKeys, plural } from './exportChoice';
import type { Choice } from './ChoiceList';

/** 'Public: no embargoed …' as a title and a sentence of its own. */
export function splitDescription(description: string): { title: string; text: string } {
  const colon = description.indexOf(': ');
  if (colon < 0) return { title: description, text: '' };
  const text = description.slice(colon + 2);
  return {
    title: description.slice(0, colon),
    text: text.charAt(0).toUpperCase() + text.slice(1),
  };
}

export const PROFILE_CHOICES: readonly Choice<Profile>[] = PROFILES.map((id) => {
  const { title, text } = splitDescription(PROFILE_DESCRIPTIONS[id]);
  return { id, label: title, hint: text };
});

/**
 * What the chosen profile does to the advisories under embargo in this
 * export, said with their keys: the reassurance for public, the caution for
 * the others.
 */
export function profileEffect(profile: Profile, embargoed: readonly string[]): string {
  const count = plural(embargoed.length, 'advisory', 'advisories');
  const keys = listKeys(embargoed);
  if (embargoed.length === 0)
    return profile === 'team'
      ? 'No advisory in this export is under embargo right now, but the team profile still carries notes and follow-up fixes that have not been published.'
      : 'No advisory in this export is under embargo right now.';
  if (profile === 'public')
    return `${count} under embargo (${keys}) ${embargoed.length === 1 ? 'is' : 'are'} left out entirely.`;
  if (profile === 'predisclosure')
    return `${count} under embargo (${keys}) ${embargoed.length === 1 ? 'appears' : 'appear'} with key and lift date only. Share it only with members of the pre-disclosure list.`;
  return `It will contain the titles, CVEs, notes and follow-up fixes of ${count} still under embargo: ${keys}. Anyone who gets this file learns them. Keep it inside the security team.`;
}
