import { describe, expect, it } from 'vitest';
import { findDeadline, findEffectiveDate } from './status.ts';
import type { ExtractContext } from './types.ts';

const ctx = (referenceDate: string | null): ExtractContext => ({ referenceDate, sectionPath: [] });

describe('findDeadline', () => {
  it.each([
    // seeds
    ['2021年4月26日，工业和信息化部（“工信部”）发布《移动互联网应用程序个人信息保护管理暂行规定（征求意见稿）》，向社会公开征求意见，截止日期为5月26日。', '2021-04', '2021-05-26', '5月26日'],
    ['2021年4月23日，全国信息安全标准化技术委员会（“信安标委”）发布公告，就推荐性国家标准《信息安全技术 人脸识别数据安全要求》征求意见稿向社会征求意见，截止日期为6月22日。另外，4月19日，信安标委也曾就两项推荐性国家标准的征求意见稿向社会征求意见，截止日期均为6月18日。', '2021-04', '2021-06-22', '6月22日'],
    ['另外，4月19日，信安标委也曾就两项推荐性国家标准的征求意见稿向社会征求意见，截止日期均为6月18日。', '2021-04-23', '2021-06-18', '6月18日'],
    ['同时，工信部还公布了最新一批存在问题的应用软件名单，并要求名单上的138款APP在4月29日前完成整改工作。', '2021-04-23', '2021-04-29', '4月29日'],
    ['浙江省通信管理局指出，上述 12 款 APP 开发运营者应在 9 月 13 日前完成整改落实工作，整改落实不到位的，将视情采取下架、关停、行政处罚等措施。', '2023-09-05', '2023-09-13', '9 月 13 日'],
    ['近期监测发现 25 款 APP 未完成整改，现予以通报。被通报的 APP 应在 9 月 21 日前完成整改及反馈工作。', '2023-09-14', '2023-09-21', '9 月 21 日'],
    ['On April 26, 2021, the MIIT issued the Interim Regulations (Exposure Draft) and sought advice publicly. The deadline for advice submission is May 26.', '2021-04', '2021-05-26', 'May 26'],
    ['On April 23, 2021, TC260 issued an announcement, seeking for public advice on the recommended national standard. The deadline is June 22.', '2021-04', '2021-06-22', 'June 22'],
    ['MIIT also published the latest batch of problematic App lists, and required that the listed 138 Apps to be rectified completely before April 29.', '2021-04-23', '2021-04-29', 'April 29'],
    // genre cases
    ['国家互联网信息办公室起草了《网络数据安全管理条例（征求意见稿）》，现向社会公开征求意见。意见反馈截止时间为2021年12月13日。', '2021-11-14', '2021-12-13', '2021年12月13日'],
    ['公众可通过以下途径和方式提出反馈意见：请于2023年10月15日前将意见发送至指定邮箱。', null, '2023-10-15', '2023年10月15日'],
    ['征求意见时间为2023年9月15日至2023年10月15日。', null, '2023-10-15', '2023年10月15日'],
    ['11月11日，教育部办公厅发布关于印发《教育移动互联网应用程序备案管理办法》的通知，要求在2019年12月1日至2020年1月31日前完成对现有教育移动应用的备案工作。', '2019-11-30', '2020-01-31', '2020年1月31日'],
    ['截至目前，尚有 12 款 APP 未完成整改，上述 APP 应在 10 月 10 日前落实整改工作。逾期不整改的，将依法依规组织开展相关处置工作。', '2023-09-26', '2023-10-10', '10 月 10 日'],
    // a comment deadline a month after a December notice falls in the next year
    ['2020年12月15日，工信部发布《征求意见稿》，征求意见截止到1月15日。', '2021-01', '2021-01-15', '1月15日'],
    ['各地通信管理局要督促属地企业于6月底前完成整改。', '2022-04-10', '2022-06-30', '6月'],
    ['The EDPB launched a public consultation on the guidelines; comments can be submitted until 10 March 2023.', null, '2023-03-10', '10 March 2023'],
    ['MIIT ordered app stores to take down 8 apps, and gave another 33 apps until 5 September to fix the problems found.', '2023-09-28', '2023-09-05', '5 September'],
    // eval-genre-en2 05: more words between `Comments` and the date
    ['On 3 January 2025, MeitY published the draft Digital Personal Data Protection Rules, 2025. Comments are invited through the MyGov portal until 18 February 2025.', '2025-01-20', '2025-02-18', '18 February 2025'],
  ])('%s', (text, ref, date, written) => {
    const found = findDeadline(text, ctx(ref));
    expect(found?.value).toBe(date);
    expect(found?.text).toBe(written);
    if (found) expect(text.slice(found.span.start, found.span.end)).toBe(found.text);
  });

  it.each([
    ['针对检测发现的问题，各运营主体应主动与海南省互联网信息办公室联系领取限期整改通知书，并于本通报发布之日起 15 个工作日内完成整改。'],
    ['9月5日，浙江省通信管理局组织第三方检测机构对APP进行检查，并书面要求违规APP开发运营者限期整改。截止9月5日，尚有12款APP未按要求完成整改。'],
    ['11月14日，公安部召开新闻发布会，截至今年10月31日，共侦破涉网案件45743起。'],
    ['原则上于 2024 年 6 月前完成对本地区、本部门行政执法人员的培训。'],
    ['9月26日，国家密码管理局印发《商用密码检测机构管理办法》，自2023年11月1日起施行。'],
    ['The pilot runs until 31 December 2025 to test the scheme in three provinces.'],
  ])('no deadline in %s', (text) => {
    expect(findDeadline(text, ctx('2023-10-20'))).toBeNull();
  });
});

describe('findEffectiveDate', () => {
  it.each([
    ['9月26日，国家密码管理局印发《商用密码检测机构管理办法》《商用密码应用安全性评估管理办法》，均自2023年11月1日起施行。', '2023-10-20', '2023-11-01'],
    ['11月18日，国家知识产权局公布了《关于进一步扩大专利数据开放范围并优化服务的通知》，规定自2019年11月20日起，国家知识产权局将在专利数据服务试验系统中增加5种数据。', '2019-11-30', null],
    ['2022年8月1日《移动互联网应用程序信息服务管理规定》正式实施以来，国家互联网信息办公室依法依规组织开展应用程序分发平台备案管理工作。', '2023-10-20', '2022-08-01'],
    ['9月21日，“英美数据桥”正式确定，决定自2023年10月12日生效后，英国企业和组织将可以向美国认证组织传输个人数据。', '2023-10-20', '2023-10-12'],
    ['## 2. “英美数据桥”正式确定，于10月12日生效\n9月21日，“英美数据桥”正式确定。', '2023-10-20', '2023-10-12'],
    ['9月24日，欧盟《数据治理法》全面施行，要点包括规范公共部门对于其持有的特定类别受保护数据的重复使用。', '2023-10-20', '2023-09-24'],
    ['《生成式人工智能服务管理暂行办法》将于2023年8月15日起正式实施。', null, '2023-08-15'],
    ['12月1日，工信部印发《工业和信息化领域数据安全管理办法（试行）》，自2023年1月1日起施行。', '2022-12', '2023-01-01'],
    ['The Personal Information Protection Law takes effect on 1 November 2021.', null, '2021-11-01'],
    ['The Data Act entered into force on 11 January 2024 and will apply from 12 September 2025.', null, '2024-01-11'],
  ])('%s', (text, ref, date) => {
    expect(findEffectiveDate(text, ctx(ref))?.value ?? null).toBe(date);
  });

  it.each([
    ['《网络安全审查办法》自公布之日起施行。'],
    ['9月1日，国家互联网信息办公室发布公告，对知网依法作出网络安全审查相关行政处罚。'],
    ['截至10月31日，共侦破涉网案件45743起。'],
  ])('no effective date in %s', (text) => {
    expect(findEffectiveDate(text, ctx('2023-10-20'))).toBeNull();
  });
});
