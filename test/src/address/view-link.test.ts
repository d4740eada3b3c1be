import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/address/codec';
import { viewLink } from '../../../src/address/view-link';
import { storeWithBuiltData } from '../fixtures/built-dataset';

describe('viewLink', () => {
  it('writes the view, the language and the filters, and nothing the address carried besides', async () => {
    const store = await storeWithBuiltData();
    const state = store.getState();
    state.selectPlace('hmeimim-air-base');
    state.toggleStance('denied');
    state.moveMap({ lat: 35.4, lng: 35.9, zoom: 7 });
    const link = viewLink('https://example.org/map/?utm_source=x&lang=en&embed=1#frag', store.getState(), {
      embed: false,
    });
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://example.org/map/');
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()].sort()).toEqual(['lang', 'place', 'stance', 'view']);
    const address = parseAddress(url.search);
    expect(address).toMatchObject({ place: 'hmeimim-air-base', language: 'ar', embed: false });
    expect(address.filters.stances).not.toContain('denied');
  });

  it('marks a link for an iframe as an embed', async () => {
    const store = await storeWithBuiltData();
    expect(
      parseAddress(new URL(viewLink('https://example.org/', store.getState(), { embed: true })).search).embed,
    ).toBe(true);
  });

  it('pins an embed to the view on screen when the map framed it itself, and leaves a shared link plain', async () => {
    const store = await storeWithBuiltData();
    store.getState().selectPlace('hmeimim-air-base');
    store.getState().mapShown({ view: { lat: 35.4011, lng: 35.9486, zoom: 9 }, bbox: [35, 35, 36.9, 35.8] });
    const embed = parseAddress(
      new URL(viewLink('https://example.org/', store.getState(), { embed: true })).search,
    );
    expect(embed.view).toEqual({ lat: 35.4011, lng: 35.9486, zoom: 9 });
    const shared = parseAddress(
      new URL(viewLink('https://example.org/', store.getState(), { embed: false })).search,
    );
    expect(shared.view).toBeNull();
  });
});
