import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/lib/auth/types';
import { PHONE_PATTERN } from '@/lib/phone';
import { buildLeadPayload, villageMode } from './lead-payload';

const officer: CurrentUser = {
  username: 'vo002002',
  displayName: '杨帆',
  email: null,
  roles: ['VILLAGE_OFFICER'],
  orgCode: '360199002002',
  orgName: '渔港村',
  orgLevel: 'VILLAGE',
};
const clerk: CurrentUser = { ...officer, username: 'street002', roles: ['STREET_CLERK'], orgCode: '360199002', orgLevel: 'STREET' };

describe('lead payload', () => {
  it("takes a village officer's own village whatever the form says", () => {
    const body = buildLeadPayload(
      {
        name: ' 渔港测试 ',
        idNumber: '11010519491231002x',
        phone: ' 139 0791 2345 ',
        address: ' 渔港村二组6号 ',
        villageCode: '999999999999',
        source: 'NEIGHBOUR',
        focusGroup: 'SERIOUS_ILLNESS',
        situation: ' 肾衰竭透析 ',
      },
      officer,
    );
    expect(body).toEqual({
      name: '渔港测试',
      idNumber: '11010519491231002X',
      phone: '13907912345',
      address: '渔港村二组6号',
      villageCode: '360199002002',
      source: 'NEIGHBOUR',
      focusGroup: 'SERIOUS_ILLNESS',
      situation: '肾衰竭透析',
    });
  });

  it('takes the typed village code from a street clerk, and empty optional fields as empty', () => {
    const body = buildLeadPayload(
      { name: '张三', idNumber: '11010519491231002X', villageCode: ' 360199002003 ', source: 'HOTLINE', focusGroup: 'NO_CARER', situation: '独居' },
      clerk,
    );
    expect(body.villageCode).toBe('360199002003');
    expect(body.phone).toBe('');
    expect(body.address).toBe('');
  });

  it('knows how each user picks the village', () => {
    expect(villageMode(officer)).toBe('fixed');
    expect(villageMode(clerk)).toBe('input');
    expect(villageMode({ ...officer, orgLevel: 'DISTRICT' })).toBe('none');
  });

  it('accepts the phone numbers the server accepts', () => {
    for (const ok of ['', '13907912345', '0791-88888888', '07918888888']) expect(PHONE_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['1390791234', '23907912345', '0791-888']) expect(PHONE_PATTERN.test(bad), bad).toBe(false);
  });
});
